namespace Hub.Web.Components.Shared;

/// <summary>Grid steps a reader can count in: about five lines, each a round 1, 2 or 5 times a power of ten.</summary>
public static class ChartScale
{
    private static readonly int[] Factors = [1, 2, 5, 10];

    public static double Step(double top, int lines = 5)
    {
        if (top <= 0)
        {
            return 1;
        }

        var rough = top / lines;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = Factors.Select(f => f * power).First(s => s >= rough);
        return Math.Max(1, step);
    }
}
