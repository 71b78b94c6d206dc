package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns what the YAML library and Jackson throw into a {@link StoryProblem} a newsroom can act on:
 * placed where the fault is, and worded in the story format's terms rather than Java's.
 */
final class ParseProblems {

    private ParseProblems() {
    }

    /** The problem of a story file that could not be read into a story. */
    static StoryProblem of(String name, JacksonException e, SourceMap sourceMap) {
        MarkedYamlEngineException syntax = syntaxErrorIn(e);
        if (syntax != null && syntax.getProblemMark().isPresent()) {
            return syntaxProblem(name, syntax);
        }
        String field = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce("", String::concat)
                .replaceFirst("^\\.", "");
        String message = messageOf(e);
        // the parser reports where it stopped, past the token at fault (after a duplicate key's name)
        TokenStreamLocation location = e instanceof StreamReadException read && read.processor() != null
                ? read.processor().currentTokenLocation() : e.getLocation();
        if (e instanceof DatabindException || location == null) {
            // a mapping error is best placed at the field it names; the parser may have read past it
            return sourceMap.locate(StoryProblem.at(name, field, message));
        }
        return new StoryProblem(name, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()), field, message);
    }

    /**
     * A YAML syntax error at the character where the YAML library found it, with what it was reading
     * and where that began: an unclosed quote is found at the end of the file but fixed where it opens.
     */
    private static StoryProblem syntaxProblem(String name, MarkedYamlEngineException syntax) {
        Mark at = syntax.getProblemMark().orElseThrow();
        String message = syntax.getProblem().strip();
        if (syntax.getContext() != null && syntax.getContextMark().isPresent()) {
            Mark began = syntax.getContextMark().get();
            message += " (" + syntax.getContext().strip() + " that began at line " + (began.getLine() + 1)
                    + ", column " + (began.getColumn() + 1) + ")";
        }
        return new StoryProblem(name, at.getLine() + 1, at.getColumn() + 1, "", message);
    }

    private static @Nullable MarkedYamlEngineException syntaxErrorIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYamlEngineException marked) {
                return marked;
            }
        }
        return null;
    }

    /** Says in the story format's terms what Jackson says in Java's: "'town' is not one of city, region, country". */
    private static String messageOf(JacksonException e) {
        String original = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
        if (e instanceof InputCoercionException) {
            return "is too large a number";
        }
        if (e instanceof StreamConstraintsException) {
            return "is longer than a story file's values may be";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            String value = "'" + invalid.getValue() + "'";
            if (type.isEnum()) {
                return value + " is not one of " + String.join(", ", enumNames(type));
            }
            if (type == YearMonth.class) {
                return value + " is not a year and month (YYYY-MM)";
            }
            if (type == LocalDate.class) {
                return value + " is not a date (YYYY-MM-DD)";
            }
            if (type == double.class || type == int.class || Number.class.isAssignableFrom(type)) {
                return value + " is not a number";
            }
        }
        // the article's deserializer words its own problems; every other mismatch is Jackson's, in Java's terms
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null && mismatch.getTargetType() != Article.class) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return original;
    }

    /** What a field of this type must hold, in the story format's terms. */
    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == StoryInput.class) {
            return "a mapping of the story's fields";
        }
        if (type.getEnclosingClass() == StoryInput.class) {
            return "a mapping of fields";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", enumNames(type));
        }
        if (type == YearMonth.class) {
            return "a year and month (YYYY-MM)";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return "a text";
    }

    /** The names a story file uses for an enum's values, as its {@code @JsonProperty} annotations give them. */
    private static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getFields())
                .filter(Field::isEnumConstant)
                .map(f -> f.isAnnotationPresent(JsonProperty.class) ? f.getAnnotation(JsonProperty.class).value() : f.getName())
                .toList();
    }
}
