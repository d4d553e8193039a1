using NodaTime.Text;
using Participation.Governance.Text;

namespace Participation.Governance.Tests.Text;

public sealed class ParseOutcomeTests
{
    [Fact]
    public void A_success_holds_its_value_and_no_message_or_position()
    {
        var outcome = ParseOutcome<int>.ForValue(42);

        Assert.True(outcome.Success);
        Assert.Equal(42, outcome.Value);
        Assert.Equal(42, outcome.GetValueOrThrow());
        Assert.Null(outcome.Message);
        Assert.Equal(-1, outcome.Position);
        Assert.True(outcome.TryGetValue(0, out var value));
        Assert.Equal(42, value);
        Assert.Throws<InvalidOperationException>(() => outcome.Exception);
        Assert.Equal("Success: 42", outcome.ToString());
    }

    [Fact]
    public void A_failure_says_what_and_where_and_throws_only_when_its_value_is_asked_for()
    {
        var outcome = ParseOutcome<int>.ForFailure("Expected a digit at position 3, found 'x'.", 3);

        Assert.False(outcome.Success);
        Assert.Equal("Expected a digit at position 3, found 'x'.", outcome.Message);
        Assert.Equal(3, outcome.Position);
        Assert.False(outcome.TryGetValue(-7, out var value));
        Assert.Equal(-7, value);
        var thrown = Assert.Throws<TextParseException>(() => outcome.Value);
        Assert.Equal((outcome.Message, 3), (thrown.Message, thrown.Position));
        Assert.Throws<TextParseException>(() => outcome.GetValueOrThrow());
        Assert.Equal("Failure at 3: Expected a digit at position 3, found 'x'.", outcome.ToString());
    }

    [Fact]
    public void The_default_outcome_is_a_failure_with_no_position()
    {
        var outcome = default(ParseOutcome<string>);

        Assert.False(outcome.Success);
        Assert.Equal("No value was parsed.", outcome.Message);
        Assert.Equal(-1, outcome.Position);
        Assert.Equal("Failure: No value was parsed.", outcome.ToString());
    }

    [Fact]
    public void Convert_maps_a_success_and_passes_a_failure_on_unchanged()
        => Prop.ForAll(
            ArbMap.Default.ArbFor<int>(),
            Gen.Choose(-1, 1000).ToArbitrary(),
            ArbMap.Default.ArbFor<NonEmptyString>(),
            (value, position, message) =>
            {
                var mapped = ParseOutcome<int>.ForValue(value).Convert(v => (long)v * 2);
                var failed = ParseOutcome<int>.ForFailure(message.Get, position).Convert(v => (long)v * 2);
                var passedOn = ParseOutcome<int>.ForFailure(message.Get, position).ConvertError<string>();
                return mapped.Value == (long)value * 2
                    && (failed.Success, failed.Message, failed.Position) == (false, message.Get, position)
                    && (passedOn.Success, passedOn.Message, passedOn.Position) == (false, message.Get, position);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Programming_errors_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ParseOutcome<int>.ForFailure(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParseOutcome<int>.ForFailure("m", -2));
        Assert.Throws<ArgumentNullException>(() => ParseOutcome<int>.ForValue(1).Convert<int>(null!));
        Assert.Throws<InvalidOperationException>(() => ParseOutcome<int>.ForValue(1).ConvertError<int>());
    }

    [Fact]
    public void NodaTime_gets_its_own_result_with_the_input_and_the_index()
    {
        Assert.Equal(5, ParseOutcome<int>.ForValue(5).ToNodaTime("5").Value);

        var failure = ParseOutcome<int>.ForFailure("Expected a digit at position 1.", 1).ToNodaTime("5x");

        Assert.False(failure.Success);
        var exception = Assert.IsType<UnparsableValueException>(failure.Exception);
        Assert.Equal(("5x", 1), (exception.Value, exception.Index));
        Assert.Contains("Expected a digit at position 1.", exception.Message, StringComparison.Ordinal);
    }
}
