package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.Map;

/** Reads each enum's {@code @JsonProperty} names once per class. */
final class WireNames {

    private static final ClassValue<Map<String, String>> NAMES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> type) {
            Map<String, String> names = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                try {
                    JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
                    if (property == null) {
                        throw new IllegalStateException(type.getSimpleName() + "." + name + " has no @JsonProperty wire name");
                    }
                    names.put(name, property.value());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException("no field for " + type.getSimpleName() + "." + name, e);
                }
            }
            return Map.copyOf(names);
        }
    };

    private WireNames() {
    }

    static String of(Enum<?> constant) {
        return NAMES.get(constant.getDeclaringClass()).get(constant.name());
    }
}
