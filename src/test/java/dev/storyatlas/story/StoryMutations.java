package dev.storyatlas.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Breaks a story file at random, the way hand edits, bad exports and hostile uploads do: fields dropped,
 * nulled, retyped or duplicated, ids swapped, lists emptied, strings made huge, YAML aliases, deep
 * nesting, tags and stray characters. One seed gives one mutated text, so a failing case can be rerun.
 */
final class StoryMutations {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> REFERENCES = Set.of("id", "place", "speaker", "incident", "from", "to", "memberOf", "by", "actors");

    private final JsonNode story;

    StoryMutations(String yaml) {
        this.story = YAML.readTree(yaml);
    }

    /** The story text with one to three changes to its fields and, now and then, one to its text; the changes are named in {@code log}. */
    String mutate(long seed, List<String> log) {
        Random random = new Random(seed);
        JsonNode copy = story.deepCopy();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            log.add(mutateTree(copy, random));
        }
        String text = YAML.writeValueAsString(copy);
        if (random.nextInt(3) == 0) {
            List<String> lines = new ArrayList<>(text.lines().toList());
            log.add(mutateText(lines, random));
            text = String.join("\n", lines) + "\n";
        }
        return text;
    }

    private static String mutateTree(JsonNode root, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        if (slots.isEmpty()) {
            return "nothing left to change";
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(8)) {
            case 0 -> {
                slot.remove();
                return "dropped " + slot.path;
            }
            case 1 -> {
                slot.set(NODES.nullNode());
                return "nulled " + slot.path;
            }
            case 2 -> {
                JsonNode other = otherTyped(random);
                slot.set(other);
                return "retyped " + slot.path + " to " + other;
            }
            case 3 -> {
                slot.duplicate();
                return "duplicated " + slot.path;
            }
            case 4 -> {
                List<Slot> references = slots.stream().filter(s -> s.value().isString() && REFERENCES.contains(s.name())).toList();
                if (references.isEmpty()) {
                    return "no ids left to swap";
                }
                Slot a = references.get(random.nextInt(references.size()));
                Slot b = references.get(random.nextInt(references.size()));
                JsonNode first = a.value();
                a.set(b.value());
                b.set(first);
                return "swapped " + a.path + " and " + b.path;
            }
            case 5 -> {
                List<Slot> containers = slots.stream().filter(s -> s.value().isContainer()).toList();
                if (containers.isEmpty()) {
                    return "no list left to empty";
                }
                Slot emptied = containers.get(random.nextInt(containers.size()));
                emptied.set(emptied.value().isArray() ? NODES.arrayNode() : NODES.objectNode());
                return "emptied " + emptied.path;
            }
            case 6 -> {
                int length = List.of(1_000, 20_000, 120_000, 300_000).get(random.nextInt(4));
                slot.set(StringNode.valueOf("x".repeat(length)));
                return "made " + slot.path + " a string of " + length + " characters";
            }
            default -> {
                JsonNode deep = nested(1 + random.nextInt(60), random.nextBoolean());
                slot.set(deep);
                return "nested " + slot.path + " " + depth(deep) + " levels deep";
            }
        }
    }

    private static String mutateText(List<String> lines, Random random) {
        int at = 1 + random.nextInt(lines.size() - 1);
        String line = lines.get(at);
        int colon = line.indexOf(": ");
        switch (random.nextInt(6)) {
            case 0 -> {
                lines.add(at, line);
                return "line " + (at + 1) + " written twice";
            }
            case 1 -> {
                if (colon < 0) {
                    lines.add(at, "x: &a [1, 2]");
                    return "anchor at line " + (at + 1);
                }
                lines.set(at, line.substring(0, colon + 2) + "&a " + line.substring(colon + 2));
                lines.add("alias: *a");
                return "anchor at line " + (at + 1) + " and an alias at the end";
            }
            case 2 -> {
                int depth = List.of(40, 1_000, 100_000).get(random.nextInt(3));
                String value = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
                lines.set(at, (colon < 0 ? line + " " : line.substring(0, colon + 2)) + value);
                return "flow nesting " + depth + " deep at line " + (at + 1);
            }
            case 3 -> {
                String tag = List.of("!!binary ", "!!int ", "!!map ", "!!java.io.File ", "!local ").get(random.nextInt(5));
                lines.set(at, colon < 0 ? line + " " + tag : line.substring(0, colon + 2) + tag + line.substring(colon + 2));
                return "tag " + tag.strip() + " at line " + (at + 1);
            }
            case 4 -> {
                String special = List.of(":", "-", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "#", "%", "@", "`", "\t", "\u0000", "\uFEFF")
                        .get(random.nextInt(20));
                int column = random.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, column) + special + line.substring(column));
                return "character " + special.codePointAt(0) + " inserted at line " + (at + 1) + ", column " + (column + 1);
            }
            default -> {
                Collections.swap(lines, at, 1 + random.nextInt(lines.size() - 1));
                return "line " + (at + 1) + " moved";
            }
        }
    }

    private static JsonNode otherTyped(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> StringNode.valueOf("anders");
            case 1 -> NODES.numberNode(random.nextInt(2_000_001) - 1_000_000);
            case 2 -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
            case 3 -> NODES.numberNode(random.nextBoolean() ? Double.NaN : Double.NEGATIVE_INFINITY);
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.objectNode();
            case 6 -> NODES.arrayNode();
            case 7 -> NODES.objectNode().put("de", "x").put("paragraph", -1);
            case 8 -> NODES.arrayNode().add("x").add(1).addNull();
            default -> StringNode.valueOf(List.of("2024-13", "2024-02-30", "", " ", "<script>alert(1)</script>", "0").get(random.nextInt(6)));
        };
    }

    private static JsonNode nested(int depth, boolean lists) {
        JsonNode node = StringNode.valueOf("innen");
        for (int i = 0; i < depth; i++) {
            node = lists ? NODES.arrayNode().add(node) : NODES.objectNode().set("id", node);
        }
        return node;
    }

    private static int depth(JsonNode node) {
        int depth = 0;
        for (JsonNode n = node; n.isContainer() && !n.isEmpty(); n = n.iterator().next()) {
            depth++;
        }
        return depth;
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                String at = path.isEmpty() ? name : path + "." + name;
                slots.add(new Slot(object, name, -1, at));
                collect(object.get(name), at, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                slots.add(new Slot(array, path.substring(path.lastIndexOf('.') + 1), i, at));
                collect(array.get(i), at, slots);
            }
        }
    }

    /** A place in the tree: a field of a mapping or an element of a list (named by the list's field). */
    private record Slot(JsonNode parent, String name, int index, String path) {

        JsonNode value() {
            return index < 0 ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(name, value);
            } else if (index < ((ArrayNode) parent).size()) {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(name);
            } else if (index < ((ArrayNode) parent).size()) {
                ((ArrayNode) parent).remove(index);
            }
        }

        void duplicate() {
            if (parent instanceof ArrayNode array && index < array.size()) {
                array.insert(index, array.get(index).deepCopy());
            } else if (parent instanceof ObjectNode object && object.get(name) != null) {
                // a mapping cannot hold a key twice; the text mutation does that, here the value doubles as a list
                object.set(name, NODES.arrayNode().add(object.get(name).deepCopy()).add(object.get(name).deepCopy()));
            }
        }
    }
}
