package dev.storyatlas;

import dev.storyatlas.platform.PreparedContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Story Atlas: the story catalog, the map views, the embedding and the data API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        PreparedContext.useWhenPackaged(Application.class);
        SpringApplication.run(Application.class, args);
    }
}
