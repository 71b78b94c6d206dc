package dev.storyatlas.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.When;
import dev.storyatlas.studio.DraftEditor.Decision;
import dev.storyatlas.studio.DraftEditor.IncidentRow;
import dev.storyatlas.studio.draft.DraftRequest;
import dev.storyatlas.studio.draft.Drafting;
import dev.storyatlas.studio.draft.Paragraph;
import dev.storyatlas.studio.draft.Proposals;
import dev.storyatlas.studio.draft.StoryWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The claim and date the incident form offers for a cited passage of the built-in article, and what saving them writes. */
class PassageOfferTest {

    private static final String NACHRICHTENDIENST = "Südkoreas Nachrichtendienst hatte am Freitag behauptet";

    private final Proposals proposals = new Drafting().propose(new DraftRequest(article(), "nordkorea", "Titel", "taz",
            LocalDate.of(2024, 10, 21), Locale.GERMAN));

    @Test
    void a_weekday_in_the_passage_is_offered_as_its_date_and_the_claim_as_the_article_s_own_report() {
        PassageOffer offer = PassageOffer.of(proposals, passage("hat sich am Montag mit Nato-Chef"), Set.of());

        assertThat(offer.when().wording()).isEqualTo("am Montag");
        assertThat(offer.when().date()).isEqualTo(LocalDate.of(2024, 10, 21));
        assertThat(offer.when().resolvedFrom()).isNotBlank();
        assertThat(offer.claim()).isEqualTo(PassageOffer.OWN_VOICE);
    }

    @Test
    void a_claim_keeps_the_article_s_attribution_and_its_claimant_and_the_day_of_the_claim_is_not_offered() {
        String claimant = nachrichtendienst();

        PassageOffer offer = PassageOffer.of(proposals, passage(NACHRICHTENDIENST), Set.of(claimant));

        assertThat(offer.claim().by()).containsExactly(claimant);
        assertThat(offer.claim().how()).isEqualTo(ClaimKind.CLAIMED);
        assertThat(offer.claim().attribution()).contains("behauptet");
        assertThat(offer.when()).isEqualTo(When.UNSTATED);
    }

    @Test
    void every_attribution_of_a_passage_is_offered_and_the_first_its_excerpt_holds_is_chosen() {
        PassageOffer offer = PassageOffer.of(proposals, passage(NACHRICHTENDIENST), Set.of());

        assertThat(offer.claims()).extracting(Claim::attribution).containsExactly(NACHRICHTENDIENST, "sollen", "soll");
        assertThat(offer.claim().attribution()).isEqualTo(NACHRICHTENDIENST);
    }

    @Test
    void an_excerpt_typed_by_hand_is_offered_the_attribution_of_its_own_sentence() {
        int paragraph = passage(NACHRICHTENDIENST).paragraph();

        PassageOffer whole = PassageOffer.of(proposals, new Citation(paragraph, "Insgesamt soll Machthaber Kim Jong Un bis zu 12.000 Mann"), Set.of());
        PassageOffer without = PassageOffer.of(proposals, new Citation(paragraph, "die Truppen auf einen Einsatz gegen die Ukraine"), Set.of());

        assertThat(whole.claims()).extracting(Claim::attribution).containsExactly("soll");
        assertThat(whole.claim().attribution()).isEqualTo("soll");
        // the words of the attribution ("sollen") lie outside the excerpt, in the sentence it is part of
        assertThat(without.claim().attribution()).isEqualTo("sollen");
    }

    @Test
    void choosing_another_attribution_offers_the_date_the_first_one_held() {
        PassageOffer offer = PassageOffer.of(proposals, passage(NACHRICHTENDIENST), Set.of());
        Claim sollen = offer.claims().stream().filter(claim -> "sollen".equals(claim.attribution())).findFirst().orElseThrow();

        PassageOffer chosen = offer.choose(sollen);

        assertThat(offer.when()).isEqualTo(When.UNSTATED);
        assertThat(chosen.claim()).isEqualTo(sollen);
        assertThat(chosen.when().wording()).isEqualTo("am Freitag");
        assertThat(chosen.when().date()).isEqualTo(LocalDate.of(2024, 10, 18));
    }

    @Test
    void a_claimant_the_editor_has_not_accepted_is_left_out_and_the_attribution_stays() {
        PassageOffer offer = PassageOffer.of(proposals, passage(NACHRICHTENDIENST), Set.of());

        assertThat(offer.claim().by()).isEmpty();
        assertThat(offer.claim().how()).isEqualTo(ClaimKind.CLAIMED);
        assertThat(offer.claim().attribution()).contains("behauptet");
    }

    @Test
    void an_unattributed_passage_without_a_date_is_offered_nothing() {
        String sentence = "Gegenüber Nordkorea zeigt die Volksrepublik China nach außen nicht einmal den Hauch einer Kritik.";
        PassageOffer offer = PassageOffer.of(proposals, new Citation(passage(sentence).paragraph(), sentence), Set.of());

        assertThat(offer.claim()).isEqualTo(PassageOffer.OWN_VOICE);
        assertThat(offer.when()).isEqualTo(When.UNSTATED);
    }

    @Test
    void incidents_with_the_offered_claim_and_date_are_written_as_the_loader_accepts_them() {
        DraftEditor editor = new DraftEditor(proposals);
        editor.places.forEach(row -> row.decision = Decision.ACCEPTED);
        editor.actors.forEach(row -> row.decision = Decision.ACCEPTED);
        for (Citation passage : List.of(passage("hat sich am Montag mit Nato-Chef"), passage("keineswegs bestritt"), passage(NACHRICHTENDIENST))) {
            PassageOffer offer = editor.offerFor(passage);
            editor.incidents.add(new IncidentRow("Was geschah.", List.of(), List.of(), passage, offer.claim(), offer.when()));
        }

        var draft = editor.draft();

        assertThat(new StoryWriter().check(draft)).isEmpty();
        assertThat(draft.incidents().get(0).when().wording()).isEqualTo("am Montag");
        assertThat(draft.incidents().get(1).claim().how()).isEqualTo(ClaimKind.NOT_DENIED);
        assertThat(draft.incidents().get(2).claim().by()).containsExactly(nachrichtendienst());
        String yaml = new StoryWriter().write(draft).storyYaml();
        assertThat(yaml).contains("resolvedFrom").contains("how: claimed").contains("how: not-denied").contains("attribution:");
    }

    private String nachrichtendienst() {
        return proposals.claimsIn(passage(NACHRICHTENDIENST)).getFirst().by().getFirst();
    }

    /** The whole paragraph that holds these words. */
    private Citation passage(String words) {
        Paragraph paragraph = proposals.paragraphs().stream().filter(p -> p.text().contains(words)).findFirst().orElseThrow();
        return new Citation(paragraph.number(), paragraph.text());
    }

    private static String article() {
        try {
            return new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.article.txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
