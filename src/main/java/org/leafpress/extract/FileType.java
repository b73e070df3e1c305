package org.leafpress.extract;

import org.apache.tika.mime.MediaType;

/** What a file is, Tika's verdict from its bytes and name together, and what its name alone claims. */
record FileType(MediaType actual, MediaType claimed) {

    Format format() {
        return Format.of(actual);
    }

    Format claimedFormat() {
        return Format.of(claimed);
    }

    /** Whether the name promises one kind of document leafpress reads and the bytes are another. */
    boolean isMislabelled() {
        return claimedFormat() != Format.UNSUPPORTED && format() != Format.UNSUPPORTED
                && !Format.isSameKind(claimed, actual);
    }
}
