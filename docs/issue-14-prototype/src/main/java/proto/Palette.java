package proto;

import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The print stylesheet's sRGB palette in CMYK for the master: neutral greys become K only (body
 * text 100 % K), every other colour goes through the output-intent profile (sRGB -> FOGRA39,
 * Java's ICC/LCMS, the profile's default intent). Writes a copy of a stylesheet with cmyk()
 * (Flying Saucer's CSS extension, numbers 0..1 or percentages) in place of #rrggbb.
 *
 * args: icc in.css out.css [more in/out pairs]
 */
public final class Palette {

    /** Body text: always 100 % K, whatever its sRGB shade. */
    static final Map<String, String> FIXED = Map.of("#1f1f1f", "cmyk(0, 0, 0, 1)", "#ffffff", "cmyk(0, 0, 0, 0)");

    public static String cmyk(ICC_ColorSpace cs, String hex) {
        String key = hex.toLowerCase();
        if (FIXED.containsKey(key)) return FIXED.get(key);
        int r = Integer.parseInt(key.substring(1, 3), 16), g = Integer.parseInt(key.substring(3, 5), 16), b = Integer.parseInt(key.substring(5, 7), 16);
        if (r == g && g == b) {
            // A neutral grey: K only, so small text does not depend on plate registration.
            return String.format("cmyk(0, 0, 0, %.2f)", 1 - r / 255.0);
        }
        float[] v = cs.fromRGB(new float[] {r / 255f, g / 255f, b / 255f});
        return String.format("cmyk(%.2f, %.2f, %.2f, %.2f)", v[0], v[1], v[2], v[3]);
    }

    public static void main(String[] args) throws Exception {
        ICC_ColorSpace cs = new ICC_ColorSpace(ICC_Profile.getInstance(Files.readAllBytes(Path.of(args[0]))));
        Map<String, String> used = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            String css = Files.readString(Path.of(args[i]));
            Matcher m = Pattern.compile("#[0-9a-fA-F]{6}\\b").matcher(css);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String c = cmyk(cs, m.group());
                used.put(m.group().toLowerCase(), c);
                m.appendReplacement(out, Matcher.quoteReplacement(c));
            }
            m.appendTail(out);
            Files.writeString(Path.of(args[i + 1]), out.toString());
        }
        used.forEach((k, v) -> System.out.println(k + " -> " + v));
    }
}
