package se.rjh.mtp.guidelines.library;

import java.util.ArrayList;
import java.util.List;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.api.guidelines.view.DiffLine.Change;

/**
 * Line-by-line difference of two texts by longest common subsequence: every line is kept, added or removed.
 * Quadratic in lines, which is fine for documents of a few thousand lines; larger inputs are refused by the caller.
 */
public final class LineDiff {

    private LineDiff() {
    }

    public static List<DiffLine> diff(String oldText, String newText) {
        String[] a = lines(oldText);
        String[] b = lines(newText);
        // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffLine> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                result.add(new DiffLine(Change.KEPT, i + 1, j + 1, a[i]));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                result.add(new DiffLine(Change.REMOVED, i + 1, null, a[i++]));
            } else {
                result.add(new DiffLine(Change.ADDED, null, j + 1, b[j++]));
            }
        }
        while (i < a.length) {
            result.add(new DiffLine(Change.REMOVED, i + 1, null, a[i++]));
        }
        while (j < b.length) {
            result.add(new DiffLine(Change.ADDED, null, j + 1, b[j++]));
        }
        return result;
    }

    static int lineCount(String text) {
        return lines(text).length;
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.replace("\r\n", "\n").split("\n", -1);
    }
}
