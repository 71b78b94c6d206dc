package dev.storyatlas.embed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Shows the embed code for the reader's current view, ready to copy. The code is shown as text, never rendered. */
class EmbedCodeDialog extends Dialog {

    EmbedCodeDialog(EmbedCode code) {
        setHeaderTitle(getTranslation("embed.dialog.title"));
        setId("embed-dialog");
        addClassName("sa-embed-dialog");
        setWidth("min(48rem, 100vw)");
        Paragraph intro = new Paragraph(getTranslation("embed.dialog.intro"));
        // the element needs the operator's word for the embedding site; the iframe works anywhere
        Paragraph componentNote = new Paragraph(getTranslation("embed.component.note"));
        componentNote.setId("embed-component-note");
        componentNote.addClassName("sa-embed-dialog__note");
        add(intro,
                codeBlock("embed-code-iframe", getTranslation("embed.iframe.label"), code.iframe()),
                codeBlock("embed-code-component", getTranslation("embed.component.label"), code.webComponent()),
                componentNote);
        Button close = new Button(getTranslation("embed.close"), e -> close());
        close.setId("embed-dialog-close");
        getFooter().add(close);
    }

    private Div codeBlock(String id, String label, String code) {
        TextArea text = new TextArea(label);
        text.setId(id);
        text.setValue(code);
        text.setReadOnly(true);
        text.setWidthFull();
        text.addClassName("sa-embed-dialog__code");
        Button copy = new Button(getTranslation("embed.copy"));
        copy.addThemeVariants(ButtonVariant.SMALL);
        // The code travels as a parameter, never pasted into the script.
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", code)
                .then(done -> copy.setText(getTranslation("embed.copied")), failed -> text.focus()));
        Div block = new Div(text, copy);
        block.addClassName("sa-embed-dialog__block");
        return block;
    }
}
