namespace KconfigSharp.Kconfig.Model;

/// <summary>
/// The <c>List&lt;T&gt;</c> a <see cref="OneOrMany{T}"/> became when its public list was read, in a
/// sealed, non-generic box: testing for it is a type compare, not a generic cast.
/// </summary>
internal sealed class PublicList
{
    public PublicList(object list) => List = list;

    /// <summary>The <c>List&lt;T&gt;</c> of the owning field's item type.</summary>
    public object List { get; }
}
