package org.tpiclinic.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The body chart as standalone SVG markup, drawn on the server for documents: PDFs (openhtmltopdf draws it with
 * its Batik SVG drawer, artifact {@code openhtmltopdf-svg-support}) and print. One picture holds the front, the
 * back and both sides of the head, with the zones of a pain drawing, and points on the chart such as trigger-point
 * findings or injection sites. States never rely on colour alone: a marked zone has a heavy outline and its
 * intensity written in it, and each point carries a letter.
 * <p>
 * In a PDF: put {@link #svg} into the HTML body (it is XHTML-safe) and render it with
 * {@link org.tpiclinic.shared.PdfDocuments#renderWithPictures}.
 */
@Component
public class ChartSvg {

    /** Fill of a zone marked on a pain drawing; the one place this colour is used. */
    public static final String MARK_FILL = "#f4b183";
    /** Fill of a point drawn filled (an active trigger point, an injection); outline only when not filled. */
    public static final String POINT_FILL = "#1b1b1b";

    static final int GAP = 10;
    static final int TOP = 16;

    /**
     * A point placed on the chart.
     *
     * @param x,y    chart units of {@code view} (as {@link TriggerPointFinding} stores them)
     * @param letter one or two characters written in the point ({@code A} active, {@code L} latent, a number)
     * @param label  what the point is, in words (its tooltip and title)
     * @param filled drawn filled (active trigger point) rather than as an outline (latent)
     */
    public record Point(ChartView view, double x, double y, String letter, String label, boolean filled) {

        /** A trigger-point finding, as the chart pages show it: A for active, L for latent. */
        public static Point of(TriggerPointFinding f, String label) {
            return new Point(f.view(), f.x(), f.y(), f.active() ? "A" : "L", label, f.active());
        }
    }

    private final BodyChart chart;

    ChartSvg(BodyChart chart) {
        this.chart = chart;
    }

    /**
     * The chart with these marks and points.
     *
     * @param title what the picture shows, for its {@code <title>} ("Pain drawing of 3 December 2026")
     * @param captions the name of each view as printed above it ({@code FRONT} → "Front")
     */
    public String svg(String title, Map<ChartView, String> captions, List<ZoneMark> marks, List<Point> points) {
        var byZone = new HashMap<String, ZoneMark>();
        marks.forEach(m -> byZone.put(m.zone(), m));
        int width = ChartView.FRONT.width() + GAP + ChartView.BACK.width() + GAP + ChartView.HEAD.width();
        int height = TOP + ChartView.FRONT.height();
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"body-chart-picture\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\"><title>").append(esc(title)).append("</title>");
        int offset = 0;
        for (ChartView view : ChartView.values()) {
            svg.append("<text x=\"").append(offset + view.width() / 2).append("\" y=\"11\" text-anchor=\"middle\" ")
                    .append("font-size=\"10\" font-family=\"sans-serif\" fill=\"#000\">")
                    .append(esc(captions.getOrDefault(view, view.name()))).append("</text>");
            svg.append("<g transform=\"translate(").append(offset).append(',').append(TOP).append(")\">");
            svg.append("<rect x=\"0\" y=\"0\" width=\"").append(view.width()).append("\" height=\"")
                    .append(view.height()).append("\" fill=\"#ffffff\" stroke=\"#8a96a3\" stroke-width=\"0.8\"/>");
            svg.append(view == ChartView.HEAD ? HEAD_SILHOUETTE : BODY_SILHOUETTE);
            svg.append(sideLetters(view));
            chart.zones(view).forEach(zone -> zone(svg, zone, byZone.get(zone.code())));
            points.stream().filter(p -> p.view() == view).forEach(p -> point(svg, p));
            svg.append("</g>");
            offset += view.width() + GAP;
        }
        return svg.append("</svg>").toString();
    }

    private static void zone(StringBuilder svg, BodyZone zone, ZoneMark mark) {
        svg.append("<g data-zone=\"").append(zone.code()).append("\"><title>").append(esc(zone.label()))
                .append(mark == null ? "" : ": " + mark.intensity() + "/10").append("</title>");
        svg.append("<rect x=\"").append(zone.x()).append("\" y=\"").append(zone.y()).append("\" width=\"")
                .append(zone.width()).append("\" height=\"").append(zone.height()).append("\" rx=\"2\" ");
        if (mark == null) {
            svg.append("fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"0.6\" stroke-dasharray=\"2 1.5\"/>");
        } else {
            svg.append("fill=\"").append(MARK_FILL).append("\" stroke=\"#5c1a00\" stroke-width=\"1.8\"/>");
            svg.append("<text x=\"").append(num(zone.centreX())).append("\" y=\"").append(num(zone.centreY() + 3))
                    .append("\" text-anchor=\"middle\" font-size=\"8\" font-weight=\"bold\" font-family=\"sans-serif\" ")
                    .append("fill=\"#000\">").append(mark.intensity()).append("</text>");
        }
        svg.append("</g>");
    }

    private static void point(StringBuilder svg, Point p) {
        svg.append("<g class=\"chart-point\"><title>").append(esc(p.label())).append("</title>");
        svg.append("<circle cx=\"").append(num(p.x())).append("\" cy=\"").append(num(p.y()))
                .append("\" r=\"4.5\" stroke=\"#000\" stroke-width=\"1.4\" fill=\"")
                .append(p.filled() ? POINT_FILL : "#ffffff").append("\"/>");
        svg.append("<text x=\"").append(num(p.x())).append("\" y=\"").append(num(p.y() + 2))
                .append("\" text-anchor=\"middle\" font-size=\"6\" font-weight=\"bold\" font-family=\"sans-serif\" ")
                .append("fill=\"").append(p.filled() ? "#ffffff" : "#000").append("\">").append(esc(p.letter()))
                .append("</text></g>");
    }

    private static String sideLetters(ChartView view) {
        // The patient's own sides: facing us (front, head on the left) their right is on our left.
        String left = view == ChartView.BACK ? "L" : "R";
        String right = view == ChartView.BACK ? "R" : "L";
        return "<text x=\"6\" y=\"14\" font-size=\"10\" font-family=\"sans-serif\" fill=\"#000\">" + left
                + "</text><text x=\"" + (view.width() - 14) + "\" y=\"14\" font-size=\"10\" font-family=\"sans-serif\""
                + " fill=\"#000\">" + right + "</text>";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static final String SHAPE = " fill=\"#eef1f4\" stroke=\"#b8c2cc\" stroke-width=\"0.8\"";

    /** The outline the chart pages draw (templates/assessment/chart.html), front and back alike. */
    private static final String BODY_SILHOUETTE = "<g>"
            + "<circle cx=\"100\" cy=\"29\" r=\"23\"" + SHAPE + "/>"
            + "<rect x=\"88\" y=\"48\" width=\"24\" height=\"20\" rx=\"4\"" + SHAPE + "/>"
            + "<path d=\"M56,64 Q100,58 144,64 L146,132 L142,196 L146,228 L54,228 L58,196 L54,132 Z\"" + SHAPE + "/>"
            + "<path d=\"M142,64 Q160,64 162,88 L168,216 L172,244 L150,244 L148,216 L144,150 Z\"" + SHAPE + "/>"
            + "<path d=\"M58,64 Q40,64 38,88 L32,216 L28,244 L50,244 L52,216 L56,150 Z\"" + SHAPE + "/>"
            + "<path d=\"M101,212 L142,212 L138,312 L132,392 L134,416 L102,416 L104,392 L102,312 Z\"" + SHAPE + "/>"
            + "<path d=\"M99,212 L58,212 L62,312 L68,392 L66,416 L98,416 L96,392 L98,312 Z\"" + SHAPE + "/>"
            + "</g>";

    private static final String HEAD = "<ellipse cx=\"80\" cy=\"70\" rx=\"50\" ry=\"58\"" + SHAPE + "/>"
            + "<path d=\"M126,58 L142,86 L124,92 Z\"" + SHAPE + "/>"
            + "<rect x=\"56\" y=\"110\" width=\"42\" height=\"58\" rx=\"6\"" + SHAPE + "/>";

    private static final String HEAD_SILHOUETTE = "<g>" + HEAD + "</g><g transform=\"translate(320,0) scale(-1,1)\">"
            + HEAD + "</g>";
}
