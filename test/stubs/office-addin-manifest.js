// office-addin-mock imports office-addin-manifest only for this enum; the real package pulls an
// ESM-only dependency that jest cannot load (see shared office-notes).
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    Project: "project",
    PowerPoint: "powerpoint",
    Word: "word",
  },
};
