using Hub.Web.Components.Shared;

namespace Hub.Web.Tests;

public class ChartScaleTests
{
    [Theory]
    [InlineData(1000, 200)]
    [InlineData(4000, 1000)]
    [InlineData(12_500, 5000)]
    [InlineData(37, 10)]
    [InlineData(3, 1)]
    [InlineData(0, 1)]
    public void AnAxisGetsAboutFiveRoundSteps(double top, double step) => Assert.Equal(step, ChartScale.Step(top));
}
