package io.nlscope.analysis.diff;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The alignment: a longest common subsequence, checked against the textbook dynamic programme on random sequences. */
class LcsTest {
    private static int dp(int[] x, int[] y) {
        int[][] t = new int[x.length + 1][y.length + 1];
        for (int i = 1; i <= x.length; i++)
            for (int j = 1; j <= y.length; j++)
                t[i][j] = x[i - 1] == y[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
        return t[x.length][y.length];
    }

    @Test
    void isALongestCommonSubsequence() {
        Random r = new Random(13);
        for (int round = 0; round < 2000; round++) {
            int n = r.nextInt(40), m = r.nextInt(40), alphabet = 1 + r.nextInt(6);
            int[] x = new int[n], y = new int[m];
            for (int i = 0; i < n; i++) x[i] = r.nextInt(alphabet);
            for (int j = 0; j < m; j++) y[j] = r.nextInt(alphabet);
            List<int[]> pairs = SessionDiff.lcs(x, y);
            assertEquals(dp(x, y), pairs.size(), "round " + round);
            int pi = -1, pj = -1;
            for (int[] p : pairs) {
                assertTrue(p[0] > pi && p[1] > pj, "in order");
                assertEquals(x[p[0]], y[p[1]], "equal items");
                pi = p[0];
                pj = p[1];
            }
        }
    }

    @Test
    void oneInsertionInAMillionIsOneEdit() {
        int n = 1_000_000;
        int[] x = new int[n], y = new int[n + 1];
        for (int i = 0; i < n; i++) x[i] = i % 1000;
        for (int i = 0, j = 0; j < n + 1; j++) y[j] = j == 500_000 ? -1 : x[i++];
        assertEquals(n, SessionDiff.lcs(x, y).size());
    }

    @Test
    void tooDifferentIsNotAligned() {
        int n = 10_000;
        int[] x = new int[n], y = new int[n];
        for (int i = 0; i < n; i++) { x[i] = i; y[i] = n + i; }
        assertNull(SessionDiff.lcs(x, y));
    }
}
