package dk.aarsrapport.content;

/** One bar or target point of a Målinger chart: series ("Viborg – resultat"), category ("2015 jan."), value. */
public final class ChartPoint {

    private final String series;
    private final String category;
    private final Double value;

    ChartPoint(String series, String category, Double value) {
        this.series = series;
        this.category = category;
        this.value = value;
    }

    public String getSeries() {
        return series;
    }

    public String getCategory() {
        return category;
    }

    /** A double because the chart library plots doubles; the table beside it prints the exact figure. */
    public Double getValue() {
        return value;
    }
}
