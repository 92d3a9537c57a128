package dev.cdclab.submission;

import java.util.Optional;

/**
 * Recognises a text saved in UTF-16 or UTF-32 instead of UTF-8, with a byte order mark or without
 * (then by the zero bytes around the first characters, which are ASCII in every file of this
 * course: RFC 4627, section 3). Windows editors and PowerShell 5's {@code >} write UTF-16; such a
 * file's text is either not UTF-8 at all or "valid" UTF-8 full of NUL characters.
 *
 * <pre>{@code UnicodeEncoding.of(bytes)  // Optional[UTF-16LE] }</pre>
 */
final class UnicodeEncoding {
    private UnicodeEncoding() {
    }

    /** The encoding's name ({@code UTF-16LE}, {@code UTF-32BE}, ...) when {@code bytes} are UTF-16 or UTF-32; empty otherwise. */
    static Optional<String> of(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of("UTF-32BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of("UTF-32LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of("UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of("UTF-16LE");
        }
        if (bytes.length >= 4) {
            boolean[] zero = {bytes[0] == 0, bytes[1] == 0, bytes[2] == 0, bytes[3] == 0};
            if (zero[0] && zero[1] && zero[2] && !zero[3]) {
                return Optional.of("UTF-32BE");
            }
            if (!zero[0] && zero[1] && zero[2] && zero[3]) {
                return Optional.of("UTF-32LE");
            }
            if (zero[0] && !zero[1] && zero[2] && !zero[3]) {
                return Optional.of("UTF-16BE");
            }
            if (!zero[0] && zero[1] && !zero[2] && zero[3]) {
                return Optional.of("UTF-16LE");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
