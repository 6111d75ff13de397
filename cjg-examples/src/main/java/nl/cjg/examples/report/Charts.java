package nl.cjg.examples.report;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;

/**
 * The chart kinds of the report, drawn by JFreeChart as SVG: bars, stacked bars and a timeline.
 * Colours, fonts and sizes are fixed and numbers and dates follow the report's language (see
 * {@link Texts}; dates in UTC), so that the same data always gives the same SVG, whatever the
 * machine's locale or time zone. The charts carry no title of their own: the page shows it as the
 * figure's caption, where it can wrap. Text is large enough to stay readable when a narrow screen
 * scales a chart down, category labels wrap onto up to three lines instead of being cut, and the
 * plot keeps a margin on the right for the last axis label.
 */
public final class Charts {
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final List<Color> COLOURS =
      List.of(new Color(0x1f77b4), new Color(0xd95f02), new Color(0x2ca02c), new Color(0xd62728),
          new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f));
  private static final Color TEXT = new Color(0x1d1d1d);
  private static final int WIDTH = 640;
  private static final int LABEL_LINES = 3;
  private static final float LABEL_WIDTH = 0.42f;
  /** A timeline's labels are sentences (work plan subjects): more room, more lines. */
  private static final int TIMELINE_LABEL_LINES = 4;
  private static final float TIMELINE_LABEL_WIDTH = 0.5f;
  private static final RectangleInsets PADDING = new RectangleInsets(8, 4, 8, 40);

  private Charts() {}

  /**
   * Horizontal bars: one bar per category, in the map's order, each labelled with its value.
   *
   * @param id the chart's id in the page (letters, digits and {@code -})
   * @param title what the chart shows
   * @param categoryAxis the name of the categories
   * @param valueAxis the name of the values
   * @param values the value per category
   * @param texts the report's language, for the numbers
   * @return the chart
   */
  public static Chart bars(
      String id, String title, String categoryAxis, String valueAxis, Map<String, ? extends Number> values, Texts texts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((category, value) -> data.addValue(value, valueAxis, category));
    CategoryPlot plot = plot(data, categoryAxis, valueAxis, new BarRenderer(), texts);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", numbers(texts, 1)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(LABEL);
    renderer.setDefaultItemLabelPaint(TEXT);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setMaximumBarWidth(0.7);
    plot.getRangeAxis().setUpperMargin(0.18);
    int height = Math.max(200, 100 + 44 * values.size());
    return new Chart(id, title, Svg.of(chart(plot, false), id, title, WIDTH, height));
  }

  /**
   * Stacked horizontal bars: a bar per category, stacked by series (both in the maps' order), with
   * a legend of the series under the plot.
   *
   * @param id the chart's id in the page (letters, digits and {@code -})
   * @param title what the chart shows
   * @param categoryAxis the name of the categories
   * @param valueAxis the name of the values
   * @param values per series, the value per category
   * @param texts the report's language, for the numbers
   * @return the chart
   */
  public static Chart stackedBars(
      String id, String title, String categoryAxis, String valueAxis, Map<String, ? extends Map<String, ? extends Number>> values,
      Texts texts) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((series, perCategory) -> perCategory.forEach((category, value) -> data.addValue(value, series, category)));
    CategoryPlot plot = plot(data, categoryAxis, valueAxis, new StackedBarRenderer(), texts);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ((BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.7);
    int height = Math.max(240, 150 + 40 * data.getColumnCount());
    return new Chart(id, title, Svg.of(chart(plot, true), id, title, WIDTH, height));
  }

  /**
   * A timeline: one bar per item from its start to its end date.
   *
   * @param id the chart's id in the page (letters, digits and {@code -})
   * @param title what the chart shows
   * @param series the name of the items (e.g. "werkplan 2012")
   * @param items the items, each with its first and last day, in display order
   * @param texts the report's language, for the axis and the months
   * @return the chart
   */
  public static Chart timeline(String id, String title, String series, List<TimelineItem> items, Texts texts) {
    TaskSeries tasks = new TaskSeries(series);
    for (TimelineItem item : items) {
      tasks.add(new Task(item.label(), new SimpleTimePeriod(date(item.van()), date(item.totEnMet().plusDays(1)))));
    }
    TaskSeriesCollection data = new TaskSeriesCollection();
    data.add(tasks);
    DateAxis dates = new DateAxis(texts.text("chart.date"));
    dates.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    dates.setLocale(texts.locale());
    SimpleDateFormat months = new SimpleDateFormat("MMM yyyy", texts.locale());
    months.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    dates.setDateFormatOverride(months);
    dates.setTickLabelFont(LABEL);
    dates.setLabelFont(LABEL);
    dates.setTickLabelPaint(TEXT);
    dates.setLabelPaint(TEXT);
    CategoryAxis labels = new CategoryAxis(null);
    labels(labels);
    labels.setMaximumCategoryLabelLines(TIMELINE_LABEL_LINES);
    labels.setMaximumCategoryLabelWidthRatio(TIMELINE_LABEL_WIDTH);
    GanttRenderer renderer = new GanttRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, COLOURS.get(0));
    CategoryPlot plot = new CategoryPlot(data, labels, dates, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    int height = Math.max(220, 100 + 84 * items.size());
    return new Chart(id, title, Svg.of(chart(plot, false), id, title, WIDTH, height));
  }

  private static CategoryPlot plot(
      DefaultCategoryDataset data, String categoryAxis, String valueAxis, BarRenderer renderer, Texts texts) {
    CategoryAxis categories = new CategoryAxis(categoryAxis);
    labels(categories);
    NumberAxis numbers = new NumberAxis(valueAxis);
    numbers.setNumberFormatOverride(numbers(texts, 0));
    numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    numbers.setTickLabelFont(LABEL);
    numbers.setLabelFont(LABEL);
    numbers.setTickLabelPaint(TEXT);
    numbers.setLabelPaint(TEXT);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    for (int i = 0; i < COLOURS.size(); i++) {
      renderer.setSeriesPaint(i, COLOURS.get(i));
    }
    CategoryPlot plot = new CategoryPlot(data, categories, numbers, renderer);
    style(plot);
    return plot;
  }

  /** Category labels that wrap onto a few lines rather than being cut short. */
  private static void labels(CategoryAxis axis) {
    axis.setTickLabelFont(LABEL);
    axis.setLabelFont(LABEL);
    axis.setTickLabelPaint(TEXT);
    axis.setLabelPaint(TEXT);
    axis.setMaximumCategoryLabelLines(LABEL_LINES);
    axis.setMaximumCategoryLabelWidthRatio(LABEL_WIDTH);
  }

  /** The language's number format with at most {@code decimals} decimals. */
  private static NumberFormat numbers(Texts texts, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
    format.setMaximumFractionDigits(decimals);
    format.setGroupingUsed(true);
    return format;
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xb0b0b0));
    plot.setOutlineVisible(false);
  }

  private static JFreeChart chart(CategoryPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, LABEL, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setPadding(PADDING);
    if (legend) {
      chart.getLegend().setItemFont(LABEL);
      chart.getLegend().setItemPaint(TEXT);
    }
    return chart;
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
