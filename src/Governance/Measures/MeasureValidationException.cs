using System.Collections.ObjectModel;
using System.Text;

namespace Participation.Governance.Measures;

/// <summary>
/// Thrown by <see cref="MeasureBuilder.Build"/> when the measure has findings of severity warning or error.
/// The message lists every finding, not only the first.
/// </summary>
public sealed class MeasureValidationException : Exception
{
    /// <summary>Creates the exception for a set of findings.</summary>
    /// <param name="findings">The findings (at least one); all of them are listed in the message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or one of its elements is null.</exception>
    public MeasureValidationException(IEnumerable<Finding> findings)
        : this(Array.AsReadOnly(Preconditions.CheckNotNull(findings).ToArray()))
    {
    }

    private MeasureValidationException(ReadOnlyCollection<Finding> findings)
        : base(Describe(findings))
    {
        Findings = findings;
    }

    /// <summary>Gets every finding of the measure, including any of severity info.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string Describe(IReadOnlyList<Finding> findings)
    {
        var blocking = findings.Count(f => Preconditions.CheckNotNull(f, nameof(findings)).IsBlocking);
        var text = new StringBuilder();
        text.Append("The measure is not compliant (")
            .Append(blocking)
            .Append(blocking == 1 ? " finding" : " findings")
            .Append(" of severity warning or error):");
        foreach (var finding in findings)
        {
            text.Append(Environment.NewLine).Append("  ").Append(finding);
        }

        return text.ToString();
    }
}
