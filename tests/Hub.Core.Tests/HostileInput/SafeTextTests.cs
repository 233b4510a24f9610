using Hub.Core.Accounts;

namespace Hub.Core.Tests.HostileInput;

public class SafeTextTests
{
    [Theory]
    [InlineData("Ada Lovelace", true)]
    [InlineData("Zoe\u0308", true)]
    [InlineData("نرم\u200Cافزار", true)]
    [InlineData("A\u200Bda", false)]
    [InlineData("\u202Eevil", false)]
    [InlineData("\u2066isolated\u2069", false)]
    [InlineData("Ada\0", false)]
    [InlineData("Ada\r\nLabs", false)]
    [InlineData("\u200DAda", false)]
    [InlineData("Ada\u2028Labs", false)]
    [InlineData("a\u0301\u0301\u0301\u0301", true)]
    [InlineData("a\u0301\u0301\u0301\u0301\u0301", false)]
    [InlineData("🚀 Rocket", true)]
    public void ALineIsSafeOnlyWithoutHiddenCharacters(string value, bool safe) => Assert.Equal(safe, SafeText.IsSafeLine(value));

    [Theory]
    [InlineData("Line one\nline two\ttabbed\r\n", true)]
    [InlineData("👩\u200D💻 engineers", true)]
    [InlineData("right-to-left mark \u200F is fine", true)]
    [InlineData("override \u202E is not", false)]
    [InlineData("NUL \0 is not", false)]
    [InlineData("escape \u001B[2J is not", false)]
    public void FreeTextKeepsLineBreaksAndJoinersButNotControlsOrOverrides(string value, bool safe) => Assert.Equal(safe, SafeText.IsSafeText(value));

    // Test data in attributes goes through UTF-8, which turns a lone surrogate into U+FFFD; these stay in code.
    [Fact]
    public void AnUnpairedSurrogateIsNotText()
    {
        foreach (var value in new[] { "Ada\uD800", "\uDC00Ada", "lone \uD83D surrogate", "\uDE00\uD83D" })
        {
            Assert.False(SafeText.IsSafeLine(value), value);
            Assert.False(SafeText.IsSafeText(value), value);
        }

        Assert.True(SafeText.IsSafeText("paired \uD83D\uDE00 surrogates"));
    }

    [Theory]
    [InlineData("", "Tell us your name.")]
    [InlineData("   ", "Tell us your name.")]
    [InlineData("A\u200Bda", "Your name contains a hidden character")]
    [InlineData("\u202Eevil", "Your name contains a hidden character")]
    public void ARegistrationNameIsRefusedWithAClearMessage(string name, string message) =>
        Assert.StartsWith(message, DisplayNameRules.Check(name), StringComparison.Ordinal);

    [Fact]
    public void ARegistrationNameIsAtMostOneHundredCharacters()
    {
        Assert.Null(DisplayNameRules.Check(new string('a', 100)));
        Assert.Equal("Keep your name under 100 characters.", DisplayNameRules.Check(new string('a', 101)));
    }
}
