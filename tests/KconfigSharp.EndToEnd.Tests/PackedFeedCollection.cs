namespace KconfigSharp.EndToEnd.Tests;

/// <summary>
/// Every end-to-end class shares one packed feed: packing twice at once would build the Native AOT
/// tool into the same obj folder from two processes (a truncated object file), and packing is the slow part.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeedFixture>
{
    public const string Name = "Packed feed";
}
