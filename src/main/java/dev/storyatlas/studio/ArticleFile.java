package dev.storyatlas.studio;

import dev.storyatlas.studio.draft.DraftRequest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An article file the editor uploads, read as the loader reads article files: UTF-8 text of at most
 * {@link DraftRequest#MAX_BYTES} bytes. Anything else is refused with a message that names the file and,
 * for text that is not UTF-8, the line and byte where it stops being so.
 */
final class ArticleFile {

    private ArticleFile() {
    }

    /**
     * The file's text, without a byte order mark.
     *
     * @param bytes what was read of the file: at most one byte more than an article may have, so that a longer one shows
     * @throws StudioException when the file is empty, too long or not UTF-8
     */
    static String read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new StudioException("studio.upload.empty", fileName);
        }
        if (bytes.length > DraftRequest.MAX_BYTES) {
            throw new StudioException("studio.upload.too-big", fileName, DraftRequest.MAX_BYTES / 1024);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new StudioException("studio.upload.not-utf8", fileName, lineOf(bytes, at), at + 1);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line (from 1) that holds the byte at this offset. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
