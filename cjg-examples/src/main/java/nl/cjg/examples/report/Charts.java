package nl.cjg.examples.report;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
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
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;

/**
 * The chart kinds of the report, drawn by JFreeChart as SVG: bars, stacked bars and a timeline.
 * Colours, fonts and number formats are fixed (Dutch number format, UTC dates), so that the same
 * data always gives the same SVG, whatever the machine's locale or time zone.
 */
public final class Charts {
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final List<Color> COLOURS =
      List.of(new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
          new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f));
  private static final int WIDTH = 760;
  private static final int HEIGHT = 380;

  private Charts() {}

  /**
   * Horizontal bars: one bar per category, in the map's order, each labelled with its value.
   *
   * @param id the chart's id in the page (letters, digits and {@code -})
   * @param title what the chart shows
   * @param categoryAxis the name of the categories
   * @param valueAxis the name of the values
   * @param values the value per category
   * @return the chart
   */
  public static Chart bars(String id, String title, String categoryAxis, String valueAxis, Map<String, ? extends Number> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((category, value) -> data.addValue(value, valueAxis, category));
    CategoryPlot plot = plot(data, categoryAxis, valueAxis, new BarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getInstance(DUTCH)));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(LABEL);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    plot.getRangeAxis().setUpperMargin(0.15);
    JFreeChart chart = chart(title, plot, false);
    int height = Math.max(200, 90 + 28 * values.size());
    return new Chart(id, title, Svg.of(chart, id, title, WIDTH, height));
  }

  /**
   * Stacked vertical bars: a bar per category, stacked by series (both in the maps' order), with
   * a legend of the series.
   *
   * @param id the chart's id in the page (letters, digits and {@code -})
   * @param title what the chart shows
   * @param categoryAxis the name of the categories
   * @param valueAxis the name of the values
   * @param values per series, the value per category
   * @return the chart
   */
  public static Chart stackedBars(
      String id, String title, String categoryAxis, String valueAxis, Map<String, ? extends Map<String, ? extends Number>> values) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    values.forEach((series, perCategory) -> perCategory.forEach((category, value) -> data.addValue(value, series, category)));
    CategoryPlot plot = plot(data, categoryAxis, valueAxis, new StackedBarRenderer());
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    JFreeChart chart = chart(title, plot, true);
    return new Chart(id, title, Svg.of(chart, id, title, WIDTH, HEIGHT + 40));
  }

  /**
   * A timeline: one bar per item from its start to its end date.
   *
   * @param id the chart's id in the page (letters, digits and {@code -})
   * @param title what the chart shows
   * @param series the name of the items (e.g. "werkplan 2012")
   * @param items the items, each with its first and last day, in display order
   * @return the chart
   */
  public static Chart timeline(String id, String title, String series, List<TimelineItem> items) {
    TaskSeries tasks = new TaskSeries(series);
    for (TimelineItem item : items) {
      tasks.add(new Task(item.label(), new SimpleTimePeriod(date(item.van()), date(item.totEnMet().plusDays(1)))));
    }
    TaskSeriesCollection data = new TaskSeriesCollection();
    data.add(tasks);
    DateAxis dates = new DateAxis("datum");
    dates.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    dates.setLocale(DUTCH);
    SimpleDateFormat months = new SimpleDateFormat("MMM yyyy", DUTCH);
    months.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    dates.setDateFormatOverride(months);
    dates.setTickLabelFont(LABEL);
    CategoryAxis labels = new CategoryAxis(null);
    labels.setTickLabelFont(LABEL);
    labels.setMaximumCategoryLabelWidthRatio(0.45f);
    GanttRenderer renderer = new GanttRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, COLOURS.get(0));
    CategoryPlot plot = new CategoryPlot(data, labels, dates, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    JFreeChart chart = chart(title, plot, false);
    int height = Math.max(200, 90 + 40 * items.size());
    return new Chart(id, title, Svg.of(chart, id, title, WIDTH, height));
  }

  private static CategoryPlot plot(DefaultCategoryDataset data, String categoryAxis, String valueAxis, BarRenderer renderer) {
    CategoryAxis categories = new CategoryAxis(categoryAxis);
    categories.setTickLabelFont(LABEL);
    categories.setLabelFont(LABEL);
    NumberAxis numbers = new NumberAxis(valueAxis);
    numbers.setNumberFormatOverride(NumberFormat.getIntegerInstance(DUTCH));
    numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    numbers.setTickLabelFont(LABEL);
    numbers.setLabelFont(LABEL);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.12);
    for (int i = 0; i < COLOURS.size(); i++) {
      renderer.setSeriesPaint(i, COLOURS.get(i));
    }
    CategoryPlot plot = new CategoryPlot(data, categories, numbers, renderer);
    style(plot);
    return plot;
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xcccccc));
    plot.setOutlineVisible(false);
  }

  private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTitle(new TextTitle(title, TITLE));
    if (legend) {
      chart.getLegend().setItemFont(LABEL);
    }
    return chart;
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
