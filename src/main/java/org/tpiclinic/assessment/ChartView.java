package org.tpiclinic.assessment;

/**
 * One drawing of the body chart, with its size in chart units (positions of findings are in these units).
 * {@link #drawnSide} is the side whose zones the data file gives; the other side is their mirror image.
 */
public enum ChartView {
    FRONT(200, 420, Side.LEFT), BACK(200, 420, Side.RIGHT), HEAD(320, 170, Side.RIGHT);

    private final int width;
    private final int height;
    private final Side drawnSide;

    ChartView(int width, int height, Side drawnSide) {
        this.width = width;
        this.height = height;
        this.drawnSide = drawnSide;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    Side drawnSide() {
        return drawnSide;
    }

    /** Whether a point lies on this drawing. */
    public boolean contains(double x, double y) {
        return x >= 0 && y >= 0 && x <= width && y <= height;
    }
}
