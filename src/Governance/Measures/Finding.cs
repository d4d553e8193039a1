using Participation.Governance.Rules;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>One thing a check found about a measure: a rule ID, a severity and a message in English and Thai.</summary>
/// <remarks>
/// Instances are immutable. Two findings are equal when every property is equal (messages compared ordinally).
/// <see cref="Line"/> is set by readers of documents (an announcement's text) to say where the finding applies.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[System.Text.Json.Serialization.JsonConverter(typeof(FindingJsonConverter))]
public sealed class Finding : IEquatable<Finding>
{
    private readonly int? _line;

    /// <summary>Creates a finding.</summary>
    /// <param name="id">The rule ID, e.g. "GOV001" (see <see cref="RuleIds"/>).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="thaiMessage">The message in Thai.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public Finding(string id, FindingSeverity severity, string message, string thaiMessage)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckArgument(id.Length > 0, nameof(id), "A finding needs a rule ID.");
        if (severity < FindingSeverity.Info || severity > FindingSeverity.Error)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(severity), severity, $"{(int)severity} is not a finding severity.");
        }

        Id = id;
        Severity = severity;
        Message = Preconditions.CheckNotNull(message);
        ThaiMessage = Preconditions.CheckNotNull(thaiMessage);
    }

    /// <summary>Gets the rule ID, e.g. "GOV001".</summary>
    public string Id { get; }

    /// <summary>Gets how serious the finding is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the message in English.</summary>
    public string Message { get; }

    /// <summary>Gets the message in Thai.</summary>
    public string ThaiMessage { get; }

    /// <summary>Gets the one-based line of the document the finding applies to, or null when it applies to the whole measure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int? Line
    {
        get => _line;
        init
        {
            if (value is < 1)
            {
                Preconditions.ThrowArgumentOutOfRange(nameof(Line), value, "A line number is one-based: it must be 1 or more.");
            }

            _line = value;
        }
    }

    /// <summary>Gets the address of the rule's documentation page.</summary>
    public string HelpLink => GovernanceRuleText.HelpLink(Id);

    /// <summary>Gets a value indicating whether the finding makes a measure non-compliant (severity warning or error).</summary>
    public bool IsBlocking => Severity >= FindingSeverity.Warning;

    /// <summary>Equality of every property.</summary>
    /// <param name="left">The first finding, or null.</param>
    /// <param name="right">The second finding, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(Finding? left, Finding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first finding, or null.</param>
    /// <param name="right">The second finding, or null.</param>
    /// <returns>True when the findings differ.</returns>
    public static bool operator !=(Finding? left, Finding? right) => !(left == right);

    /// <summary>Returns a copy of this finding placed at a line of a document.</summary>
    /// <param name="line">The one-based line, or null for the whole measure.</param>
    /// <returns>The finding with <see cref="Line"/> set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    public Finding WithLine(int? line) => new(Id, Severity, Message, ThaiMessage) { Line = line };

    /// <inheritdoc/>
    public bool Equals(Finding? other)
        => other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Severity == other.Severity
            && string.Equals(Message, other.Message, StringComparison.Ordinal)
            && string.Equals(ThaiMessage, other.ThaiMessage, StringComparison.Ordinal)
            && _line == other._line;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Severity, StringComparer.Ordinal.GetHashCode(Message), _line);

    /// <summary>Returns the ID, severity and English message, e.g. "GOV001 warning: The measure has no inbound feedback channel: …".</summary>
    /// <returns>The finding as one line of text.</returns>
    public override string ToString()
        => Id + " " + FormatSeverity(Severity) + ": " + Message;

    /// <summary>The lower-case name of a severity, as printed ("info", "warning", "error").</summary>
    internal static string FormatSeverity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Warning => "warning",
        _ => "error",
    };
}
