using NodaTime;

namespace Participation.Governance.Cli.Tests;

public class YearCommandTests
{
    [Theory]
    [InlineData("2563", "be", "ce", "2020")]
    [InlineData("2020", "ce", "be", "2563")]
    [InlineData("๒๕๖๓", "be", "ce", "2020")]
    [InlineData("-9998", "ce", "be", "-9455")]
    [InlineData("1913", "ce", "rs", "131")]
    [InlineData("2563", "be", "be", "2563")]
    public void ConvertsYearsThatDoNotDependOnTheMonth(string year, string from, string to, string expected)
    {
        var (exitCode, output, error) = Run(string.Empty, "year", year, "--from", from, "--to", to);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(expected + "\n", output);
    }

    [Theory]
    [InlineData("1940", "2", "2482")]
    [InlineData("1940", "4", "2483")]
    [InlineData("1941", "1", "2484")]
    public void HistoricalRule_UsesTheMonth(string ce, string month, string expected)
        => Assert.Equal(expected + "\n", Run(string.Empty, "year", ce, "--from", "ce", "--to", "be", "--historical", "--month", month).Out);

    [Fact]
    public void ModernRule_IgnoresTheAprilNewYear()
        => Assert.Equal("2483\n", Run(string.Empty, "year", "1940", "--from", "ce", "--to", "be", "--month", "2").Out);

    [Theory]
    [InlineData("108", "4", "1889")]
    [InlineData("108", "1", "1890")]
    [InlineData("131", "3", "1913")]
    public void Rattanakosin_UsesTheMonth(string rs, string month, string expected)
        => Assert.Equal(expected + "\n", Run(string.Empty, "year", rs, "--from", "rs", "--to", "ce", "-m", month).Out);

    [Fact]
    public void RattanakosinAndHistoricalBuddhistYears_BothBeginInApril_SoNeedNoMonth()
        => Assert.Equal("2432\n2455\n", Run(string.Empty, "year", "108", "131", "--from", "rs", "--to", "be", "--historical").Out);

    [Fact]
    public void AMonthDependentAnswerWithoutAMonth_IsAnErrorNamingTheCandidates()
    {
        var (exitCode, output, _) = Run(string.Empty, "year", "108", "--from", "rs", "--to", "ce");

        Assert.Equal(1, exitCode);
        Assert.Equal("error: RS 108 is CE 1890 in January–March and CE 1889 in April–December: the month decides. Give --month to choose.\n", output);
    }

    [Fact]
    public void January2483UnderTheHistoricalRule_IsAnError()
    {
        var (exitCode, output, _) = Run(string.Empty, "year", "2483", "--from", "be", "--to", "ce", "--historical", "--month", "1");

        Assert.Equal(1, exitCode);
        Assert.Equal("error: January BE 2483 did not exist under the historical rule: BE 2483 ran only from 1 April to 31 December 1940, and January 1941 began BE 2484.\n", output);

        // Without a month, the only months BE 2483 had all fell in 1940.
        Assert.Equal("1940\n", Run(string.Empty, "year", "2483", "--from", "be", "--to", "ce", "--historical").Out);
    }

    [Fact]
    public void ValuesFromStandardInput_GiveOneLineEach_AndBadLinesDoNotStopTheRun()
    {
        var (exitCode, output, error) = Run("2563\nabc\n\n20000\n2564\n", "year", "--from", "be", "--to", "ce");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "2020\n"
            + "error: 'abc' is not a year (expected a whole number such as 2563).\n"
            + "error: '' is not a year (expected a whole number such as 2563).\n"
            + "error: BE year 20000 is outside the supported range -9455 to 10542 (CE -9998 to 9999).\n"
            + "2021\n",
            output);
    }

    [Theory]
    [InlineData("1800", "ce", "rs", "CE 1800 has no month within the Rattanakosin era's civil use")]
    [InlineData("200", "rs", "ce", "RS year 200 is outside the era's civil use, ร.ศ. 108–131")]
    [InlineData("2483", "be", "rs", "BE 2483 has no month within the Rattanakosin era's civil use")]
    public void YearsOutsideTheRattanakosinSpan_AreErrors(string year, string from, string to, string message)
    {
        var (exitCode, output, _) = Run(string.Empty, "year", year, "--from", from, "--to", to);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: ", output);
        Assert.Contains(message, output);
    }

    [Fact]
    public void BuddhistAndCommonEraYears_RoundTrip()
        => Prop.ForAll(Gen.Choose(-9998, 9999).ToArbitrary(), ce =>
        {
            var text = ce.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var be = Run(string.Empty, "year", text, "--from", "ce", "--to", "be").Out.TrimEnd('\n');
            var back = Run(string.Empty, "year", be, "--from", "be", "--to", "ce").Out.TrimEnd('\n');
            return back == text && int.Parse(be, System.Globalization.CultureInfo.InvariantCulture) == ce + 543;
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData(new[] { "year", "1", "--from", "ce", "--to", "rs", "--historical" }, "--historical changes only Buddhist-Era years")]
    [InlineData(new[] { "year", "1", "--from", "ce", "--to", "be", "--month", "13" }, "--month must be 1–12")]
    [InlineData(new[] { "year", "1", "--from", "xx", "--to", "be" }, "--from must be ce, be or rs; got 'xx'")]
    [InlineData(new[] { "year", "1", "--to", "be" }, "--from")]
    [InlineData(new[] { "year", "1", "--from", "ce", "--to", "be", "--month", "x" }, "x")]
    public void BadOptions_AreOneLineOnStandardErrorWithExitCodeTwo(string[] args, string message)
    {
        var (exitCode, output, error) = Run(string.Empty, args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: ", error);
        Assert.Contains(message, error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", error);
    }

    private static (int ExitCode, string Out, string Error) Run(string stdin, params string[] args) => CliHarness.Run(stdin, args);
}
