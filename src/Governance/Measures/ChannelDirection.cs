using System.Text.Json.Serialization;
using Participation.Governance.Serialization;

namespace Participation.Governance.Measures;

/// <summary>Which way a channel carries information.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ChannelDirection>))]
public enum ChannelDirection
{
    /// <summary>People reach the agency: opinions, suggestions and complaints come in. Only these are feedback channels.</summary>
    Inbound,

    /// <summary>The agency publishes: information goes out. Such a channel does not let the agency hear anyone.</summary>
    Outbound,
}
