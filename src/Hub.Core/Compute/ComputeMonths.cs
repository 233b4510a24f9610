using System.Globalization;

namespace Hub.Core.Compute;

/// <summary>Capacity is counted per calendar month; a month is written as its first day.</summary>
public static class ComputeMonths
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly Of(DateTime instant) => new(instant.Year, instant.Month, 1);

    /// <summary>Every month from the first to the last, both included.</summary>
    public static IEnumerable<DateOnly> Range(DateOnly first, DateOnly last)
    {
        for (var m = Of(first); m <= Of(last); m = m.AddMonths(1))
        {
            yield return m;
        }
    }

    public static int Count(DateOnly first, DateOnly last) => ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;

    /// <summary>"March 2027".</summary>
    public static string Label(DateOnly month) => month.ToString("MMMM yyyy", English);

    /// <summary>"Mar 2027", for chart axes.</summary>
    public static string Abbreviated(DateOnly month) => month.ToString("MMM yyyy", English);

    /// <summary>"2027-03", the form CSV files use.</summary>
    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool TryParseKey(string? text, out DateOnly month)
    {
        month = default;
        if (DateOnly.TryParseExact(text?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            month = day;
            return true;
        }

        return false;
    }

    /// <summary>"March to May 2027", "December 2026 to February 2027", or one month's label.</summary>
    public static string Span(DateOnly first, DateOnly last) =>
        first == last ? Label(first)
        : first.Year == last.Year ? $"{first.ToString("MMMM", English)} to {Label(last)}"
        : $"{Label(first)} to {Label(last)}";
}
