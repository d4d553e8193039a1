using Participation.Governance.Assessment;

namespace Participation.Governance.Tests.Assessment;

public class ItaSchemeCatalogTests
{
    private static ItaScheme NewScheme(int validFrom, decimal passMark) => new(
        validFrom,
        [new ItaInstrument("IIT", "ภายใน", "Internal", 100m)],
        [new ItaIndicator(1, "หนึ่ง", "One", "IIT")],
        [new ItaGradeBand("P", passMark), new ItaGradeBand("F", 0m)],
        passMark);

    [Fact]
    public void Default_Holds2563Onward()
    {
        Assert.Same(ItaScheme.Since2563, ItaSchemeCatalog.Default.For(2563));
        Assert.Same(ItaScheme.Since2563, ItaSchemeCatalog.Default.For(2600));
        Assert.False(ItaSchemeCatalog.Default.TryFor(2562, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void With_NewerScheme_AppliesFromItsYearAndLeavesTheDefaultUnchanged()
    {
        var newer = NewScheme(2568, 90m);

        var catalog = ItaSchemeCatalog.Default.With(newer);

        Assert.Same(ItaScheme.Since2563, catalog.For(2567));
        Assert.Same(newer, catalog.For(2568));
        Assert.Same(newer, catalog.For(2575));
        Assert.Same(ItaScheme.Since2563, ItaSchemeCatalog.Default.For(2568));
        Assert.Equal([2563, 2568], catalog.Schemes.Select(s => s.ValidFrom));
    }

    [Fact]
    public void With_SchemeOfTheSameYear_ReplacesIt()
    {
        var first = NewScheme(2568, 90m);
        var second = NewScheme(2568, 80m);

        var catalog = ItaSchemeCatalog.Default.With(first).With(second);

        Assert.Same(second, catalog.For(2570));
        Assert.Equal(2, catalog.Schemes.Count);
    }

    [Fact]
    public void With_OlderScheme_CoversEarlierYears()
    {
        var older = NewScheme(2560, 80m);

        var catalog = ItaSchemeCatalog.Default.With(older);

        Assert.Same(older, catalog.For(2562));
        Assert.Same(ItaScheme.Since2563, catalog.For(2563));
        Assert.Throws<ArgumentOutOfRangeException>(() => catalog.For(2559));
    }
}
