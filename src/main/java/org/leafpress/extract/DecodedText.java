package org.leafpress.extract;

import java.nio.charset.Charset;

/**
 * The characters of a text file and the charset they were read in. {@code assumed} is true when
 * neither the manifest nor the bytes said which charset it is and detection had to guess.
 */
record DecodedText(String text, Charset charset, boolean assumed) {}
