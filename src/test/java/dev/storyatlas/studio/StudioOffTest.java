package dev.storyatlas.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The default configuration: no studio, no sign-in, no Spring Security in front of any request, no user. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false",
                // an account alone does not switch the studio on
                StudioAccounts.ACCOUNT})
class StudioOffTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ServletContext servletContext;

    @Test
    void the_studio_and_its_sign_in_are_unknown_addresses() throws Exception {
        Http http = new Http(port);
        for (String path : new String[] {"studio", "studio/login"}) {
            // a page load gets the same bootstrap page at every address; Vaadin's router then shows the view it knows for it
            assertThat(http.get("/" + path).headers().firstValue("Location")).as(path).isEmpty();
            assertThat(StudioRoutesTest.viewAt(servletContext, path)).as(path).isEmpty();
        }
        assertThat(http.signIn(StudioAccounts.EDITOR, StudioAccounts.PASSWORD).headers().firstValue("Location")).isEmpty();
    }

    @Test
    void spring_security_is_not_in_the_server_and_knows_no_user_not_even_a_generated_one() {
        assertThat(context.getBean("securityFilterChainRegistration", DelegatingFilterProxyRegistrationBean.class).isEnabled()).isFalse();
        UserDetailsService users = context.getBean(UserDetailsService.class);

        assertThatThrownBy(() -> users.loadUserByUsername("user")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> users.loadUserByUsername(StudioAccounts.EDITOR)).isInstanceOf(UsernameNotFoundException.class);
    }
}
