package dev.storyatlas.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which files a story may be read from: plain files inside the story file's folder (the stories
 * directory). A link is followed only to a file inside that folder, so no story publishes a file from
 * elsewhere; a named pipe or device is refused before it is opened, since opening one can block the
 * reading thread for good.
 */
final class StoryFiles {

    private StoryFiles() {
    }

    /** Opens the file after checking it; the exception's message says in a newsroom's terms why it may not be read. */
    static InputStream open(Path file) throws IOException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.getFileName() + " does not exist"
                    + (Files.isSymbolicLink(file) ? " (it is a link to a missing file)" : ""));
        }
        if (!real.startsWith(folder.toRealPath())) {
            throw new IOException("is a link to a file outside the stories directory; only files inside it are read");
        }
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            throw new IOException("is a directory, not a plain file");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("is a special file (a named pipe, socket or device), not a plain file");
        }
        return Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS);
    }
}
