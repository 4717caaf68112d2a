namespace KconfigSharp.Kconfig.Resolution;

/// <summary>Writes a <see cref="ValueOrigin.Description"/> when it is first read (a pure function of the resolve).</summary>
internal interface IValueOriginText
{
    string Write();
}
