package kz.election.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The night as one picture (XChart): accepted protocols per second, and latency percentiles. */
final class Plot {

    static final double[] PERCENTILES = {50, 90, 95, 99, 99.9};

    private Plot() {
    }

    /**
     * @param throughput series name to accepted protocols per second of the night
     * @param latencies  series name to a latency histogram in microseconds
     */
    static void write(Path png, String title, Map<String, List<Integer>> throughput, Map<String, Histogram> latencies)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart rate = new XYChartBuilder().width(900).height(560).title(title + ": protocols accepted per second")
                .xAxisTitle("seconds since the first protocol").yAxisTitle("protocols / s").build();
        throughput.forEach((name, series) -> {
            if (series.isEmpty()) {
                return;
            }
            List<Integer> x = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                x.add(i);
            }
            rate.addSeries(name, x, series).setMarker(SeriesMarkers.NONE);
        });
        CategoryChart latency = new CategoryChartBuilder().width(900).height(560).title("latency percentiles (ms)")
                .xAxisTitle("percentile").yAxisTitle("ms").build();
        List<String> labels = new ArrayList<>();
        for (double p : PERCENTILES) {
            labels.add("p" + (p == Math.rint(p) ? Integer.toString((int) p) : Double.toString(p)));
        }
        latencies.forEach((name, histogram) -> {
            List<Double> values = new ArrayList<>();
            for (double p : PERCENTILES) {
                values.add(histogram.getValueAtPercentile(p) / 1000.0);
            }
            latency.addSeries(name, labels, values);
        });
        BufferedImage left = BitmapEncoder.getBufferedImage(rate);
        BufferedImage right = BitmapEncoder.getBufferedImage(latency);
        BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth(),
                Math.max(left.getHeight(), right.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        ImageIO.write(both, "png", png.toFile());
    }

    /** Percentiles of a microsecond histogram, in milliseconds, for the JSON. */
    static Map<String, Double> millis(Histogram histogram) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("count", (double) histogram.getTotalCount());
        for (double p : new double[]{50, 95, 99, 99.9}) {
            out.put("p" + (p == Math.rint(p) ? Integer.toString((int) p) : Double.toString(p)),
                    histogram.getValueAtPercentile(p) / 1000.0);
        }
        out.put("max", histogram.getMaxValue() / 1000.0);
        out.put("mean", histogram.getMean() / 1000.0);
        return out;
    }
}
