using System.Reflection;

namespace Zeno.Api.Tests;

/// <summary>
/// Zeno.Api is what user code compiles against: its public surface is locked by a checked-in list, so every change to
/// it is deliberate (update PublicSurface.txt in the same commit, and think about the users' code).
/// </summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void The_public_surface_matches_the_checked_in_list()
    {
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "PublicSurface.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        var actual = Describe(typeof(ModelAttribute).Assembly).ToList();
        Assert.True(expected.SequenceEqual(actual),
            "The public API of Zeno.Api changed. If that is intended, replace tests/Zeno.Api.Tests/PublicSurface.txt with:\n"
            + string.Join("\n", actual));
    }

    [Fact]
    public void Every_public_type_is_documented_in_the_xml_file()
    {
        var xml = File.ReadAllText(Path.ChangeExtension(typeof(ModelAttribute).Assembly.Location, ".xml"));
        foreach (var type in typeof(ModelAttribute).Assembly.GetExportedTypes())
            Assert.Contains($"\"T:{type.FullName}\"", xml, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Describe(Assembly assembly)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetExportedTypes().OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            yield return $"type {type.FullName}";
            var members = type.GetMembers(flags)
                // Accessors show as their properties; operators stay, since user code calls them.
                .Where(member => member is not MethodInfo { IsSpecialName: true } method || method.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(member => member.DeclaringType == type)
                .Select(member => $"  {member.MemberType.ToString().ToLowerInvariant()} {member}")
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
                yield return member;
        }
    }
}
