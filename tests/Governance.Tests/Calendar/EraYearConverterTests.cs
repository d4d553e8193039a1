using Participation.Governance.Calendar;

namespace Participation.Governance.Tests.Calendar;

public sealed class EraYearConverterTests
{
    [Fact]
    public void Common_and_Buddhist_years_round_trip_under_the_modern_rule_without_a_month()
        => Prop.ForAll(Gen.Choose(-9998, 9999).ToArbitrary(), ce =>
        {
            var be = EraYearConverter.Convert(ce, YearEra.Common, YearEra.Buddhist);
            var back = EraYearConverter.Convert(be.Year, YearEra.Buddhist, YearEra.Common);
            return be.Year == ce + 543 && back.Year == ce && be.Candidates.Count == 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void With_a_month_every_era_pair_round_trips_where_both_directions_exist()
    {
        var eras = Enum.GetValues<YearEra>();
        var gen =
            from year in Gen.Choose(1880, 1950)
            from month in Gen.Choose(1, 12)
            from source in Gen.Elements(eras)
            from target in Gen.Elements(eras)
            from rule in Gen.Elements(BuddhistEraRule.Modern, BuddhistEraRule.Historical)
            select (year, month, source, target, rule);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var source = EraYearConverter.Convert(t.year, t.month, YearEra.Common, t.source, t.rule);
            if (!source.Success)
            {
                return true;
            }

            var there = EraYearConverter.Convert(source.Year, t.month, t.source, t.target, t.rule);
            if (!there.Success)
            {
                return t.target == YearEra.Rattanakosin && there.Message!.Contains("civil use", StringComparison.Ordinal);
            }

            return EraYearConverter.Convert(there.Year, t.month, t.target, t.source, t.rule).Year == source.Year;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_year_whose_answer_depends_on_the_month_names_each_answer_with_its_months()
    {
        var conversion = EraYearConverter.Convert(108, YearEra.Rattanakosin, YearEra.Common);

        Assert.False(conversion.Success);
        Assert.Equal([new YearCandidate(1890, 1, 3), new YearCandidate(1889, 4, 12)], conversion.Candidates);
        Assert.Equal("RS 108 is CE 1890 in January–March and CE 1889 in April–December: the month decides.", conversion.Message);
        Assert.Throws<InvalidOperationException>(() => conversion.Year);
    }

    [Fact]
    public void The_historical_rule_is_named_when_it_makes_the_answer_depend_on_the_month()
    {
        var conversion = EraYearConverter.Convert(1940, YearEra.Common, YearEra.Buddhist, BuddhistEraRule.Historical);

        Assert.Equal([new YearCandidate(2482, 1, 3), new YearCandidate(2483, 4, 12)], conversion.Candidates);
        Assert.EndsWith("under the historical rule: the month decides.", conversion.Message, StringComparison.Ordinal);
        Assert.Equal(2483, EraYearConverter.Convert(1940, 4, YearEra.Common, YearEra.Buddhist, BuddhistEraRule.Historical).Year);
    }

    [Fact]
    public void The_short_year_2483_converts_without_a_month_because_all_its_months_fell_in_1940()
    {
        Assert.Equal(1940, EraYearConverter.Convert(2483, YearEra.Buddhist, YearEra.Common, BuddhistEraRule.Historical).Year);

        var january = EraYearConverter.Convert(2483, 1, YearEra.Buddhist, YearEra.Common, BuddhistEraRule.Historical);
        Assert.False(january.Success);
        Assert.StartsWith("January BE 2483 did not exist under the historical rule", january.Message, StringComparison.Ordinal);
        Assert.Empty(january.Candidates);
    }

    [Theory]
    [InlineData(1800, YearEra.Common, YearEra.Rattanakosin, "CE 1800 has no month within the Rattanakosin era's civil use (1889-04-01 to 1913-03-31).")]
    [InlineData(200, YearEra.Rattanakosin, YearEra.Common, "RS year 200 is outside the era's civil use, ร.ศ. 108–131 (1889-04-01 to 1913-03-31).")]
    [InlineData(20000, YearEra.Buddhist, YearEra.Common, "BE year 20000 is outside the supported range -9455 to 10542 (CE -9998 to 9999).")]
    [InlineData(10000, YearEra.Common, YearEra.Buddhist, "CE year 10000 is outside the supported range -9998 to 9999.")]
    public void Years_with_no_counterpart_say_why(int year, YearEra from, YearEra to, string message)
    {
        var conversion = EraYearConverter.Convert(year, from, to);

        Assert.False(conversion.Success);
        Assert.Equal(message, conversion.Message);
        Assert.Equal(message, conversion.ToString());
    }

    [Fact]
    public void Converting_never_throws_for_any_year_and_defined_arguments()
        => Prop.ForAll(
            ArbMap.Default.ArbFor<int>(),
            Gen.Elements(Enum.GetValues<YearEra>()).ToArbitrary(),
            Gen.Elements(Enum.GetValues<YearEra>()).ToArbitrary(),
            (year, from, to) =>
            {
                var withoutMonth = EraYearConverter.Convert(year, from, to, BuddhistEraRule.Historical);
                var withMonth = EraYearConverter.Convert(year, 2, from, to, BuddhistEraRule.Historical);
                return (withoutMonth.Success || withoutMonth.Message!.Length > 0) && (withMonth.Success || withMonth.Message!.Length > 0);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Undefined_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EraYearConverter.Convert(2563, (YearEra)3, YearEra.Common));
        Assert.Throws<ArgumentOutOfRangeException>(() => EraYearConverter.Convert(2563, YearEra.Buddhist, (YearEra)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EraYearConverter.Convert(2563, YearEra.Buddhist, YearEra.Common, (BuddhistEraRule)2));
        Assert.Throws<ArgumentOutOfRangeException>(() => EraYearConverter.Convert(2563, 13, YearEra.Buddhist, YearEra.Common));
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearCandidate(1, 4, 3));
    }

    [Fact]
    public void The_default_conversion_is_a_failure_with_a_message()
    {
        var conversion = default(YearConversion);

        Assert.False(conversion.Success);
        Assert.Equal("No year was converted.", conversion.Message);
        Assert.Empty(conversion.Candidates);
    }
}
