using Participation.Governance.Measures;

namespace Participation.Governance.Tests.Measures;

public class ParticipationLevelsTests
{
    public static TheoryData<string, ParticipationLevel> DomainLabels => new()
    {
        // The domain notes' table, preferred forms and the parenthesised forms.
        { "ระดับการให้ข้อมูลข่าวสาร", ParticipationLevel.Inform },
        { "การมีส่วนร่วมในการให้ข้อมูลข่าวสาร", ParticipationLevel.Inform },
        { "ระดับการปรึกษาหารือ", ParticipationLevel.Consult },
        { "การมีส่วนร่วมในการแสดงความคิดเห็น", ParticipationLevel.Consult },
        { "การรับฟังความคิดเห็น", ParticipationLevel.Consult },
        { "ระดับการเข้ามามีบทบาท", ParticipationLevel.Involve },
        { "การเกี่ยวข้อง", ParticipationLevel.Involve },
        { "ระดับการสร้างความร่วมมือ", ParticipationLevel.Collaborate },
        { "การมีส่วนร่วมโดยสร้างความร่วมมือ", ParticipationLevel.Collaborate },
        { "การร่วมมือ", ParticipationLevel.Collaborate },
        { "ระดับการเสริมอำนาจแก่ประชาชน", ParticipationLevel.Empower },
        { "เสริมอำนาจให้ประชาชน", ParticipationLevel.Empower },

        // Written with the prefix left out or added, stray spaces, zero-width spaces, decomposed SARA AM.
        { "การปรึกษาหารือ", ParticipationLevel.Consult },
        { "ระดับการร่วมมือ", ParticipationLevel.Collaborate },
        { "ระดับ การเข้ามา มีบทบาท", ParticipationLevel.Involve },
        { "  ระดับการให้ข้อมูล\u200Bข่าวสาร ", ParticipationLevel.Inform },
        { "ระดับการเสริมอ\u0E4D\u0E32นาจแก่ประชาชน", ParticipationLevel.Empower },
    };

    [Fact]
    public void All_IsTheFiveLevelsInAscendingOrder()
    {
        Assert.Equal(
            [ParticipationLevel.Inform, ParticipationLevel.Consult, ParticipationLevel.Involve, ParticipationLevel.Collaborate, ParticipationLevel.Empower],
            ParticipationLevels.All);
        Assert.True(ParticipationLevel.Inform < ParticipationLevel.Empower);
        Assert.Equal(1, (int)ParticipationLevel.Inform);
        Assert.Equal(5, (int)ParticipationLevel.Empower);
    }

    [Theory]
    [InlineData(ParticipationLevel.Inform, "ระดับการให้ข้อมูลข่าวสาร", "Inform")]
    [InlineData(ParticipationLevel.Consult, "ระดับการปรึกษาหารือ", "Consult")]
    [InlineData(ParticipationLevel.Involve, "ระดับการเข้ามามีบทบาท", "Involve")]
    [InlineData(ParticipationLevel.Collaborate, "ระดับการสร้างความร่วมมือ", "Collaborate")]
    [InlineData(ParticipationLevel.Empower, "ระดับการเสริมอำนาจแก่ประชาชน", "Empower")]
    public void Labels_MatchTheDomainTable(ParticipationLevel level, string thai, string english)
    {
        Assert.Equal(thai, ParticipationLevels.GetThaiLabel(level));
        Assert.Equal(english, ParticipationLevels.GetEnglishName(level));
        Assert.False(string.IsNullOrWhiteSpace(ParticipationLevels.GetDescription(level)));
    }

    [Theory]
    [MemberData(nameof(DomainLabels))]
    public void TryFromThai_RecognisesEveryFormAgenciesWrite(string label, ParticipationLevel expected)
    {
        Assert.True(ParticipationLevels.TryFromThai(label, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ระดับ")]
    [InlineData("การประเมินความพึงพอใจ")]
    [InlineData("Consult")]
    [InlineData("ระดับการปรึกษาหารือเพิ่มเติม")]
    public void TryFromThai_RefusesOtherText(string? label)
    {
        Assert.False(ParticipationLevels.TryFromThai(label, out _));
    }

    [Fact]
    public void EveryLabelAndAlias_MapsBackToItsOwnLevel_AndNoAliasIsShared()
    {
        var seen = new HashSet<string>();
        foreach (var level in ParticipationLevels.All)
        {
            foreach (var label in ParticipationLevels.GetThaiAliases(level).Prepend(ParticipationLevels.GetThaiLabel(level)))
            {
                Assert.True(seen.Add(label), $"{label} is listed twice");
                Assert.True(ParticipationLevels.TryFromThai(label, out var found), label);
                Assert.Equal(level, found);
            }

            Assert.DoesNotContain(ParticipationLevels.GetThaiLabel(level), ParticipationLevels.GetThaiAliases(level));
        }
    }

    [Fact]
    public void Descriptions_AreDistinct_AndNotIap2Wording()
    {
        var descriptions = ParticipationLevels.All.Select(ParticipationLevels.GetDescription).ToList();
        Assert.Equal(5, descriptions.Distinct().Count());

        // Phrases of the copyrighted spectrum text that our own wording must not reuse.
        Assert.DoesNotContain(descriptions, d => d.Contains("balanced and objective information", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(descriptions, d => d.Contains("place final decision making in the hands of the public", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Lookups_RefuseUndefinedLevels(int value)
    {
        var level = (ParticipationLevel)value;
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticipationLevels.GetThaiLabel(level));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticipationLevels.GetThaiAliases(level));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticipationLevels.GetEnglishName(level));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticipationLevels.GetDescription(level));
    }

    [Fact]
    public void TryFromThai_NeverThrows()
    {
        var chars = Gen.Elements('ร', 'ะ', 'ด', 'ั', 'บ', 'ก', 'า', ' ', '\u200B', '\u0E4D', '\u0E32', 'x', '\0');
        Prop.ForAll(
                Gen.ArrayOf(chars).Select(c => new string(c)).ToArbitrary(),
                text => !ParticipationLevels.TryFromThai(text, out var level) || ParticipationLevels.All.Contains(level))
            .QuickCheckThrowOnFailure();
    }
}
