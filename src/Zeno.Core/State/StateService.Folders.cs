namespace Zeno.Core.State;

// Folders: zeno.toml's (named by its slices, read-only) first, then the UI's. Deleting a folder keeps its contents.
public sealed partial class StateService
{
    /// <summary>Every folder: those named by zeno.toml slices (read-only), then the UI's in creation order.</summary>
    public IReadOnlyList<Folder> ListFolders() => [.. _config.Folders, .. Read(FolderRows.All)];

    /// <summary>One folder.</summary>
    /// <exception cref="StateNotFoundException">No folder has this id.</exception>
    public Folder GetFolder(string id) =>
        (StateIds.IsConfig(id) ? _config.FindFolder(id) : Read(c => FolderRows.Find(c, id))) ?? throw new StateNotFoundException(StateKind.Folder, id);

    /// <summary>Creates a folder at version 1.</summary>
    /// <exception cref="DuplicateNameException">A folder has this name.</exception>
    public Folder CreateFolder(string name)
    {
        var checkedName = StateNames.Check(name);
        return Write(connection =>
        {
            StateNames.RequireFree(StateKind.Folder, checkedName, _config.FolderNames, StateSql.NameTaken(connection, "state_folders", checkedName, null));
            var (id, seq) = StateIds.Next(connection, "f");
            var folder = new Folder(id, checkedName, 1);
            FolderRows.Insert(connection, folder, seq);
            return folder;
        });
    }

    /// <summary>Renames a folder that is at <paramref name="version"/>.</summary>
    public Folder RenameFolder(string id, long version, string name)
    {
        StateVersions.RequireWritable(StateKind.Folder, id);
        var checkedName = StateNames.Check(name);
        return Write(connection =>
        {
            var current = StateVersions.Check(StateKind.Folder, id, version, FolderRows.Find(connection, id));
            StateNames.RequireFree(StateKind.Folder, checkedName, _config.FolderNames, StateSql.NameTaken(connection, "state_folders", checkedName, id));
            var renamed = current with { Name = checkedName, Version = current.Version + 1 };
            FolderRows.Update(connection, renamed);
            return renamed;
        });
    }

    /// <summary>
    /// Deletes a folder that is at <paramref name="version"/>. Its slices and tags are kept and move to no folder, in
    /// the same transaction; each of them changed, so their versions grow too.
    /// </summary>
    public void DeleteFolder(string id, long version)
    {
        StateVersions.RequireWritable(StateKind.Folder, id);
        Write(connection =>
        {
            StateVersions.Check(StateKind.Folder, id, version, FolderRows.Find(connection, id));
            SliceRows.LeaveFolder(connection, id);
            TagRows.LeaveFolder(connection, id);
            FolderRows.Delete(connection, id);
        });
    }
}
