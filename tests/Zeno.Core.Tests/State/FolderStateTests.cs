using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

public sealed class FolderStateTests : IDisposable
{
    private readonly StateFixture _fixture = new();

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Folders_are_created_renamed_and_deleted_with_growing_versions()
    {
        var folder = State.CreateFolder("by group");
        Assert.Equal(new Folder(folder.Id, "by group", 1), folder);
        Assert.StartsWith("f_", folder.Id, StringComparison.Ordinal);

        var renamed = State.RenameFolder(folder.Id, 1, "groups");
        Assert.Equal(new Folder(folder.Id, "groups", 2), renamed);
        Assert.Equal([renamed], State.ListFolders());

        State.DeleteFolder(folder.Id, 2);
        Assert.Empty(State.ListFolders());
        Assert.Throws<StateNotFoundException>(() => State.GetFolder(folder.Id));
    }

    [Fact]
    public void Two_folders_cannot_share_a_name()
    {
        State.CreateFolder("content");
        var other = State.CreateFolder("format");

        Assert.Throws<DuplicateNameException>(() => State.CreateFolder("content"));
        Assert.Throws<DuplicateNameException>(() => State.RenameFolder(other.Id, 1, "content"));
    }

    [Fact]
    public void Deleting_a_folder_keeps_its_slices_and_tags_in_no_folder_and_bumps_their_versions()
    {
        var folder = State.CreateFolder("content");
        var other = State.CreateFolder("format");
        var inside = State.CreateSlice(new SliceDraft("short", "length < 10", folder.Id));
        var elsewhere = State.CreateSlice(new SliceDraft("html", "has_html == true", other.Id));
        var tag = State.CreateTag(new TagDraft("odd", ["1", "3"], folder.Id));

        State.DeleteFolder(folder.Id, 1);

        Assert.Equal(inside with { FolderId = null, Version = 2 }, State.GetSlice(inside.Id));
        Assert.Equal(tag with { FolderId = null, Version = 2 }, State.GetTag(tag.Id));
        Assert.Equal(elsewhere, State.GetSlice(elsewhere.Id));
        // A tab that still shows the slice in the folder must not put it back there unnoticed.
        Assert.Throws<StaleVersionException>(() => State.UpdateSlice(inside.Id, 1, new SliceDraft("short", "length < 10", folder.Id)));
    }

    [Fact]
    public void A_stale_version_protects_folders_too()
    {
        var folder = State.CreateFolder("content");
        State.RenameFolder(folder.Id, 1, "contents");

        var error = Assert.Throws<StaleVersionException>(() => State.DeleteFolder(folder.Id, 1));

        Assert.Equal(new Folder(folder.Id, "contents", 2), error.Current);
        Assert.Single(State.ListFolders());
    }
}
