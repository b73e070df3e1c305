package org.leafpress.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The words changed between two versions of a text: a longest common subsequence of their words. */
public final class WordDiff {

    /**
     * Beyond this many cells (words before × words after, once the common beginning and end are
     * set aside), the table would take more memory than a report deserves: the middle is shown as
     * removed, then added.
     */
    static final long MAXIMUM_CELLS = 4_000_000;

    private WordDiff() {}

    /** The changes from {@code before} to {@code after}, runs of one kind joined, words separated by one space. */
    public static List<WordChange> between(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) start++;
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        Runs runs = new Runs();
        for (int i = 0; i < start; i++) runs.add(WordChange.Op.SAME, a[i]);
        middle(Arrays.copyOfRange(a, start, endA), Arrays.copyOfRange(b, start, endB), runs);
        for (int i = endA; i < a.length; i++) runs.add(WordChange.Op.SAME, a[i]);
        return runs.changes();
    }

    private static void middle(String[] a, String[] b, Runs runs) {
        if ((long) a.length * b.length > MAXIMUM_CELLS) {
            for (String w : a) runs.add(WordChange.Op.REMOVED, w);
            for (String w : b) runs.add(WordChange.Op.ADDED, w);
            return;
        }
        // common[i][j]: the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                runs.add(WordChange.Op.SAME, a[i++]);
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                runs.add(WordChange.Op.REMOVED, a[i++]);
            } else {
                runs.add(WordChange.Op.ADDED, b[j++]);
            }
        }
        while (i < a.length) runs.add(WordChange.Op.REMOVED, a[i++]);
        while (j < b.length) runs.add(WordChange.Op.ADDED, b[j++]);
    }

    private static String[] words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** Consecutive words of one kind, joined into one change. */
    private static final class Runs {
        private final List<WordChange> changes = new ArrayList<>();
        private WordChange.Op op;
        private final StringBuilder text = new StringBuilder();

        void add(WordChange.Op wordOp, String word) {
            if (wordOp != op) flush();
            op = wordOp;
            if (text.length() > 0) text.append(' ');
            text.append(word);
        }

        List<WordChange> changes() {
            flush();
            return List.copyOf(changes);
        }

        private void flush() {
            if (op != null && text.length() > 0) changes.add(new WordChange(op, text.toString()));
            text.setLength(0);
        }
    }
}
