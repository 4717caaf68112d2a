namespace KconfigSharp.Kconfig.Resolution;

/// <summary>
/// Writes <see cref="ValueOrigin.Description"/>s when they are first read (a pure function of the resolve):
/// one writer serves many origins, each naming its item (a resolver and the number of its clause).
/// </summary>
internal interface IValueOriginText
{
    string Write(int item);
}
