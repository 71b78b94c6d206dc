package dev.storyatlas.studio;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import dev.storyatlas.story.StoryProblem;
import dev.storyatlas.studio.draft.DraftRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The article and its metadata as the editor gives them: text pasted or uploaded as {@code .txt}, id,
 * title, publisher, day of publication and language. Shows the loader's problems at the field they name.
 */
class ArticleForm extends FormLayout {

    /** The largest article taken: what the loader reads of an article file. */
    static final int MAX_ARTICLE_BYTES = DraftRequest.MAX_BYTES;

    final TextArea text = new TextArea();
    final TextField id = new TextField();
    final TextField title = new TextField();
    final TextField publisher = new TextField();
    final DatePicker published = new DatePicker();
    final Select<Locale> language = new Select<>();
    private final Upload upload = new Upload();
    private final Paragraph uploadError = new Paragraph();

    ArticleForm() {
        addClassName("sa-studio-article");
        text.setId("studio-text");
        text.setLabel(getTranslation("studio.article.text"));
        text.setPlaceholder(getTranslation("studio.article.text.placeholder"));
        text.setMaxLength(MAX_ARTICLE_BYTES);
        id.setId("studio-id");
        id.setLabel(getTranslation("studio.article.id"));
        id.setHelperText(getTranslation("studio.article.id.helper"));
        id.setPattern("[a-z0-9]+(-[a-z0-9]+)*");
        title.setId("studio-title");
        title.setLabel(getTranslation("studio.article.title"));
        publisher.setId("studio-publisher");
        publisher.setLabel(getTranslation("studio.article.publisher"));
        published.setId("studio-published");
        published.setLabel(getTranslation("studio.article.published"));
        CalendarNames.speak(published);
        language.setId("studio-language");
        language.setLabel(getTranslation("studio.article.language"));
        language.setItems(Locale.GERMAN, Locale.ENGLISH);
        Locale speaking = getLocale();
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(speaking));
        language.setValue(Locale.GERMAN);
        upload.setId("studio-upload");
        upload.setUploadHandler(this::receive);
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFileSize(MAX_ARTICLE_BYTES);
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("studio.article.drop")));
        String add = getTranslation("studio.upload.add");
        upload.setI18n(new UploadI18N().setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("studio.upload.error.too-big"))
                        .setIncorrectFileType(getTranslation("studio.upload.error.type"))
                        .setTooManyFiles(getTranslation("studio.upload.error.too-many"))));
        // a file the browser refuses to send (too big, not .txt) never reaches receive()
        upload.addFileRejectedListener(e -> refuse(new StudioException("studio.upload.rejected", e.getFileName(), e.getErrorMessage())));
        uploadError.setId("studio-upload-error");
        uploadError.addClassName("sa-studio-problem");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);
        add(id, title, publisher, published, language);
        add(text, 2);
        add(upload, 2);
        add(uploadError, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    /**
     * Reads an uploaded file into the text field, at most one byte more than an article may have (so nothing a
     * browser sends fills the memory); a refused file leaves the text as it was and says why, naming the file.
     */
    private void receive(UploadEvent event) throws IOException {
        String name = event.getFileName();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
        }
        UI ui = event.getUI();
        try {
            String article = ArticleFile.read(name, bytes);
            ui.access(() -> {
                text.setValue(article);
                text.setInvalid(false);
                uploadError.setVisible(false);
            });
        } catch (StudioException refused) {
            ui.access(() -> refuse(refused));
        }
    }

    private void refuse(StudioException refused) {
        uploadError.setText(getTranslation(refused.key(), refused.arguments()));
        uploadError.setVisible(true);
        upload.clearFileList();
    }

    /** What the editor gave, or the field that still needs something (marked invalid with the reason). */
    Optional<DraftRequest> request() {
        boolean complete = required(text) & required(id) & required(title) & required(publisher);
        if (published.getValue() == null) {
            published.setInvalid(true);
            published.setErrorMessage(getTranslation("studio.article.published.missing"));
            complete = false;
        }
        if (!complete) {
            return Optional.empty();
        }
        LocalDate day = published.getValue();
        try {
            return Optional.of(new DraftRequest(text.getValue(), id.getValue().strip(), title.getValue().strip(), publisher.getValue().strip(),
                    day, language.getValue()));
        } catch (IllegalArgumentException tooLong) {
            text.setInvalid(true);
            text.setErrorMessage(tooLong.getMessage());
            return Optional.empty();
        }
    }

    /** Shows each problem of the story's own fields at its field; returns the problems no field here shows. */
    List<StoryProblem> show(List<StoryProblem> problems) {
        Map<String, HasValidation> fields = Map.of("id", id, "title", title, "publisher", publisher,
                "published", published, "publishedNotBefore", published, "language", language, "article", text);
        fields.values().forEach(field -> field.setInvalid(false));
        return problems.stream().filter(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            field.setInvalid(true);
            field.setErrorMessage(problem.message());
            return false;
        }).toList();
    }

    private <F extends HasValue<?, String> & HasValidation> boolean required(F field) {
        boolean given = !field.getValue().isBlank();
        field.setInvalid(!given);
        field.setErrorMessage(given ? null : getTranslation("studio.required"));
        return given;
    }
}
