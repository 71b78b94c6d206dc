package dev.storyatlas.studio.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.ActorKind;
import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceBasis;
import dev.storyatlas.story.PlaceKind;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryLoader;
import dev.storyatlas.story.StoryProblem;
import dev.storyatlas.story.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class StoryWriterTest {

    private final StoryWriter writer = new StoryWriter();

    @TempDir
    Path dir;

    static Story builtIn() {
        return new StoryLoader().load(new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.yaml"));
    }

    static String builtInArticle() throws IOException {
        return new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.article.txt").getContentAsString(StandardCharsets.UTF_8);
    }

    /** The built-in story as a draft under another id, as an editor would have accepted it. */
    static StoryDraft draftOf(Story story, String id, String article) {
        return new StoryDraft(id, story.title(), story.publisher(), story.published(), story.publishedNotBefore(),
                Locale.forLanguageTag(story.language()), article, story.places(), story.actors(), story.incidents(), story.quotes(),
                story.links());
    }

    private Story saveAndLoad(DraftFiles files) throws IOException {
        Files.writeString(dir.resolve(files.articleFile()), files.articleText());
        Path story = Files.writeString(dir.resolve(files.storyFile()), files.storyYaml());
        return new StoryLoader().load(new FileSystemResource(story));
    }

    @Test
    void the_built_in_story_written_out_loads_back_as_the_same_story() throws IOException {
        Story original = builtIn();

        Story loaded = saveAndLoad(writer.write(draftOf(original, "nordkorea-copy", builtInArticle())));

        assertThat(loaded.id()).isEqualTo("nordkorea-copy");
        assertThat(loaded.article().paragraphs()).isEqualTo(original.article().paragraphs());
        assertThat(loaded.places()).isEqualTo(original.places());
        assertThat(loaded.actors()).isEqualTo(original.actors());
        assertThat(loaded.incidents()).containsExactlyInAnyOrderElementsOf(original.incidents());
        assertThat(loaded.quotes()).containsExactlyInAnyOrderElementsOf(original.quotes());
        assertThat(loaded.links()).isEqualTo(original.links());
        assertThat(loaded.items()).extracting(item -> item.id()).isEqualTo(original.items().stream().map(item -> item.id()).toList());
        assertThat(List.of(loaded.title(), loaded.publisher(), loaded.language(), loaded.published(), loaded.publishedNotBefore()))
                .isEqualTo(List.of(original.title(), original.publisher(), original.language(), original.published(), original.publishedNotBefore()));
    }

    @Test
    void the_written_file_reads_as_if_written_by_hand() throws IOException {
        String yaml = writer.write(draftOf(builtIn(), "nordkorea-copy", builtInArticle())).storyYaml();

        assertThat(yaml).startsWith("# ")
                .contains("\nid: nordkorea-copy\n", "\narticle: nordkorea-copy.article.txt\n", "\nplaces:\n  - id: seoul\n",
                        "    name: { de: Pjöngjang, en: Pyongyang }\n",
                        "  - { id: yoon-suk-yeol, name: Yoon Suk Yeol, kind: person, memberOf: [south-korea] }\n",
                        "    places: [{ place: seoul, basis: named }]\n",
                        "    when: { wording: Zuvor }\n",
                        "      excerpt: 'Ukraine: Erste Nordkoreaner in Russland desertieren schon'\n")
                .doesNotContain("\t");
        // incidents in article order: the first paragraph's before the second's
        assertThat(yaml.indexOf("- id: yoon-rutte-call")).isLessThan(yaml.indexOf("- id: ambassador-summoned"));
    }

    @Test
    void text_that_yaml_would_read_as_another_type_or_as_syntax_is_quoted_and_survives() throws IOException {
        String article = "Ja: no. 2024-10-21 # kein Kommentar, [x] {y} \"z\" 'w' \\ ende\n\nZweiter Absatz mit true.";
        String odd = "Ja: no. 2024-10-21 # kein Kommentar, [x] {y} \"z\" 'w' \\ ende";
        Place place = new Place("yes", new Place.Names("true", "2024-10"), -33.5, 151, PlaceKind.CITY, false, null);
        Actor actor = new Actor("null", "No, [really]: {x}", ActorKind.PERSON, List.of());
        Incident incident = new Incident("on", List.of(new PlaceRef("yes", PlaceBasis.NAMED, null)), null, new When("2024-10-21", null, null),
                List.of("null"), odd, new Claim(List.of(), ClaimKind.REPORTED, "# kein Kommentar"), new Citation(1, odd));
        StoryDraft draft = new StoryDraft("odd", "- true: #", "'quoted'", YearMonth.of(2024, 10), null, Locale.GERMAN, article,
                List.of(place), List.of(actor), List.of(incident), List.of(), List.of());

        Story loaded = saveAndLoad(writer.write(draft));

        assertThat(loaded.title()).isEqualTo("- true: #");
        assertThat(loaded.publisher()).isEqualTo("'quoted'");
        assertThat(loaded.places()).containsExactly(place);
        assertThat(loaded.actors()).containsExactly(actor);
        assertThat(loaded.incidents()).containsExactly(incident);
    }

    @Test
    void check_reports_the_loaders_problems_at_the_field() throws IOException {
        Story original = builtIn();
        Incident first = original.incidents().getFirst();
        Incident broken = new Incident(first.id(), first.places(), null, first.when(), first.actors(), first.summary(), first.claim(),
                new Citation(1, "Diese Worte stehen nicht im Artikel."));
        StoryDraft draft = draftOf(original, "nordkorea-copy", builtInArticle())
                .withIncidents(java.util.stream.Stream.concat(java.util.stream.Stream.of(broken), original.incidents().stream().skip(1)).toList());

        List<StoryProblem> problems = writer.check(draft);

        // the date's wording ("am Montag") no longer stands in the excerpt either
        assertThat(problems).extracting(StoryProblem::field).containsExactly("incidents[0].citation.excerpt", "incidents[0].when.wording");
        assertThat(problems.getFirst().file()).isEqualTo("nordkorea-copy.yaml");
        assertThat(problems.getFirst().line()).isPositive();
        assertThat(writer.check(draftOf(original, "nordkorea-copy", builtInArticle()))).isEmpty();
    }
}
