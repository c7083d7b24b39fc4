#!/usr/bin/env python3
"""Builds the FLA Desk MSI source with wixl (msitools) on Linux, to catch mistakes in it.

Windows builds the real MSI with CPack's WiX generator. Here no Windows program exists, so
this script lays out placeholder files for everything the MSI installs (msi-contents.txt;
the licence texts and the icon are the real ones), writes the WiX source CPack would write
for them (same Ids: CM_CP_/CM_FP_<path>, INSTALL_ROOT, PROGRAM_MENU_FOLDER, ProductFeature)
from the CPack settings of a configured build (CPackConfig.cmake + cpack-options.cmake),
applies our patch file (wix-patch.xml) the way CPack does, builds it with wixl and reads the
MSI's tables back with msiinfo: upgrade code, version, install scope, Start-menu and desktop
shortcuts, the .fladeskbackup association, every file.

With --files STAGE it builds the real MSI instead: every file of a staged Windows build
(scripts/windows/stage.sh, MinGW-w64) goes in, msi-contents.txt must be a subset of it (the
MSVC runtime lines stand for the MinGW runtime there), and --out names the MSI written.

Usage: wixl_check.py --settings settings.txt --contents msi-contents.txt --licenses DIR
                     --work DIR [--scope perMachine|perUser] [--files STAGE --out FILE.msi]
"""
import argparse
import copy
import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
ET.register_namespace("", WIX_NS)

# wixl implements a subset of WiX 3: these attributes are valid WiX that it ignores.
WIXL_IGNORED = {("WixlWixMajorUpgrade", "Schedule"), ("WixlWixMajorUpgrade", "AllowSameVersionUpgrades"),
                ("WixlWixProgId", "Icon"), ("WixlWixProgId", "IconIndex")}


# A MinGW-w64 build carries GCC's runtime where an MSVC build carries Microsoft's.
MSVC_RUNTIME = {"bin/msvcp140.dll", "bin/vcruntime140.dll", "bin/vcruntime140_1.dll"}
MINGW_RUNTIME = ["bin/libstdc++-6.dll", "bin/libgcc_s_seh-1.dll", "bin/libwinpthread-1.dll"]


def fail(msg):
    print(f"check-msi-source: FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def w(tag):
    return f"{{{WIX_NS}}}{tag}"


def read_settings(path):
    settings = {}
    for line in open(path, encoding="utf-8"):
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            settings[k] = v
    return settings


# ---- CPack's Id scheme (cmCPackWIXGenerator::CreateNewIdForPath) ---------------------------
_ids = {}
_ambiguity = {}


def path_to_id(path):
    if path in _ids:
        return _ids[path]
    parts = path.split("/")
    replaced = 0
    norm = []
    for p in parts:
        q = "".join(c if (c.isascii() and (c.isalnum() or c in "_.")) else "_" for c in p)
        replaced += sum(1 for a, b in zip(p, q) if a != b)
        norm.append(q)
    ident = ".".join(norm)
    prefix = "P"
    if replaced * 100 // max(1, len(ident)) > 33 or len(ident) > 60:
        h = hashlib.sha1(path.encode()).hexdigest()[:7]
        last = norm[-1] if len(norm[-1]) <= 52 else norm[-1][:49] + "..."
        ident, prefix = f"{h}_{last}", "H"
    count = _ambiguity[ident] = _ambiguity.get(ident, 0) + 1
    result = f"{prefix}_{ident}" + (f"_{count}" if count > 1 else "")
    _ids[path] = result
    return result


def build_source(settings, files, scope, stage):
    name = settings["CPACK_PACKAGE_NAME"]
    version = settings["CPACK_PACKAGE_VERSION"]
    root_id = settings.get("CPACK_WIX_ROOT_FOLDER_ID") or "ProgramFiles64Folder"
    root_id = root_id.replace("<64>", "64")
    install_dir = settings["CPACK_PACKAGE_INSTALL_DIRECTORY"]

    wix = ET.Element(w("Wix"))
    product = ET.SubElement(wix, w("Product"), Id="*", Name=name, Language="1033", Version=version,
                            Manufacturer=settings["CPACK_PACKAGE_VENDOR"],
                            UpgradeCode=settings["CPACK_WIX_UPGRADE_GUID"])
    package = ET.SubElement(product, w("Package"), InstallerVersion="301", Compressed="yes")
    if scope in ("perMachine", "perUser"):
        package.set("InstallScope", scope)
    ET.SubElement(product, w("Media"), Id="1", Cabinet="media1.cab", EmbedCab="yes")
    ET.SubElement(product, w("MajorUpgrade"), Schedule="afterInstallInitialize", AllowSameVersionUpgrades="yes",
                  DowngradeErrorMessage="A later version of [ProductName] is already installed. "
                                        "Setup will now exit.")
    ET.SubElement(product, w("Property"), Id="ARPPRODUCTICON", Value="ProductIcon.ico")
    ET.SubElement(product, w("Icon"), Id="ProductIcon.ico", SourceFile="ProductIcon.ico")
    for key, value in sorted(settings.items()):
        if key.startswith("CPACK_WIX_PROPERTY_"):
            ET.SubElement(product, w("Property"), Id=key[len("CPACK_WIX_PROPERTY_"):], Value=value)

    target = ET.SubElement(product, w("Directory"), Id="TARGETDIR", Name="SourceDir")
    parent = ET.SubElement(target, w("Directory"), Id=root_id)
    prefix_parts = install_dir.split("/")
    for i, part in enumerate(prefix_parts):
        last = i == len(prefix_parts) - 1
        parent = ET.SubElement(parent, w("Directory"), Id="INSTALL_ROOT" if last else f"INSTALL_PREFIX_{i + 1}",
                               Name=part)
    install_root = parent
    menu_root = ET.SubElement(target, w("Directory"), Id="ProgramMenuFolder")
    menu = ET.SubElement(menu_root, w("Directory"), Id="PROGRAM_MENU_FOLDER",
                         Name=settings["CPACK_WIX_PROGRAM_MENU_FOLDER"])
    desktop = ET.SubElement(target, w("Directory"), Id="DesktopFolder", Name="Desktop")

    dirs = {"": install_root}
    component_ids = []
    for rel in files:
        d = os.path.dirname(rel)
        walk = ""
        for part in d.split("/") if d else []:
            walk = f"{walk}/{part}" if walk else part
            if walk not in dirs:
                parent_el = dirs[os.path.dirname(walk)]
                dirs[walk] = ET.SubElement(parent_el, w("Directory"), Id="CM_D" + path_to_id(walk), Name=part)
        fid = path_to_id(rel)
        comp = ET.SubElement(dirs[d], w("Component"), Id="CM_C" + fid, Guid="*", Win64="yes")
        ET.SubElement(comp, w("File"), Id="CM_F" + fid, Source=os.path.join("files", rel), KeyPath="yes")
        component_ids.append("CM_C" + fid)

    # Start-menu (and desktop) shortcuts, as CPack writes them for CPACK_PACKAGE_EXECUTABLES.
    exes = settings.get("CPACK_PACKAGE_EXECUTABLES", "").split(";")
    desktop_links = set(filter(None, settings.get("CPACK_CREATE_DESKTOP_LINKS", "").split(";")))
    pairs = list(zip(exes[0::2], exes[1::2]))
    if not pairs:
        fail("CPACK_PACKAGE_EXECUTABLES names no program: the MSI would have no Start-menu entry")
    registry_key = f"Software\\{settings['CPACK_PACKAGE_VENDOR']}\\{name}"
    for place, folder, cid, links in (("menu", menu, "CM_SHORTCUT", [p for p in pairs]),
                                      ("desktop", desktop, "CM_SHORTCUT_DESKTOP",
                                       [p for p in pairs if p[0] in desktop_links])):
        if not links:
            continue
        comp = ET.SubElement(folder, w("Component"), Id=cid, Guid="*")
        for exe, label in links:
            rel = next((f for f in files if os.path.basename(f) == exe + ".exe"), None)
            if rel is None:
                fail(f"CPACK_PACKAGE_EXECUTABLES names {exe}, but no {exe}.exe is installed")
            fid = path_to_id(rel)
            ET.SubElement(comp, w("Shortcut"), Id=("CM_S" if place == "menu" else "CM_DS") + fid, Name=label,
                          Target=f"[#CM_F{fid}]", WorkingDirectory="CM_D" + path_to_id(os.path.dirname(rel)))
        if place == "menu":
            ET.SubElement(comp, w("RemoveFolder"), Id="CM_REMOVE_PROGRAM_MENU_FOLDER", On="uninstall")
        ET.SubElement(comp, w("RegistryValue"), Root="HKCU", Key=registry_key, Name=f"installed_{place}_shortcut",
                      Type="integer", Value="1", KeyPath="yes")
        component_ids.append(cid)

    feature = ET.SubElement(product, w("Feature"), Id="ProductFeature", Title=name, Level="1",
                            ConfigurableDirectory="INSTALL_ROOT")
    for cid in component_ids:
        ET.SubElement(feature, w("ComponentRef"), Id=cid)
    return wix


def apply_patch(wix, patch_path):
    """CPack's CPACK_WIX_PATCH_FILE: the children of each CPackWiXFragment go into the element
    with that Id. A fragment whose Id matches nothing is an error (as in CPack)."""
    try:
        patch = ET.parse(patch_path).getroot()
    except ET.ParseError as e:
        fail(f"{patch_path}: not well-formed XML: {e}")
    if patch.tag != "CPackWiXPatch":
        fail(f"{patch_path}: the root element must be CPackWiXPatch, not {patch.tag}")
    by_id = {el.get("Id"): el for el in wix.iter() if el.get("Id") and not el.tag.endswith("Ref")}
    for frag in patch:
        if frag.tag != "CPackWiXFragment":
            fail(f"{patch_path}: unexpected element {frag.tag}")
        fid = frag.get("Id")
        target = wix.find(f".//{w('Product')}") if fid == "#PRODUCT" else by_id.get(fid)
        if target is None:
            fail(f"{patch_path}: fragment Id {fid} matches no element CPack generates "
                 f"(known: {', '.join(sorted(k for k in by_id if k.startswith('CM_C')))[:400]}...)")
        for child in frag:
            target.append(namespaced(copy.deepcopy(child)))


def namespaced(el):
    for e in el.iter():
        if not e.tag.startswith("{"):
            e.tag = w(e.tag)
    return el


def msi_table(msi, table):
    out = subprocess.run(["msiinfo", "export", msi, table], capture_output=True, text=True)
    if out.returncode != 0:
        return []
    lines = out.stdout.splitlines()[3:]
    return [line.split("\t") for line in lines]


def contents_lines(path):
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.lstrip("?"), line.startswith("?")


def placeholder_files(contents, licenses, license_file, work):
    files = []
    for rel, _optional in contents_lines(contents):
        files.append(rel)
        dest = os.path.join(work, "files", rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        base = os.path.basename(rel)
        if rel.startswith("licenses/"):
            src = license_file if base == "LICENSE.txt" else os.path.join(licenses, base)
            if not os.path.isfile(src):
                fail(f"{rel} is listed in msi-contents.txt but {src} does not exist")
            shutil.copyfile(src, dest)
        else:
            with open(dest, "w") as f:
                f.write(f"placeholder for {rel}\n")
    return files


def staged_files(stage, contents):
    files = sorted(os.path.relpath(os.path.join(d, f), stage).replace(os.sep, "/")
                   for d, _dirs, names in os.walk(stage) for f in names)
    present = set(files)
    required = [rel for rel, optional in contents_lines(contents) if not optional and rel not in MSVC_RUNTIME]
    # MinGW names a library's DLL lib<name>.dll (libqt6keychain.dll, libquazip1-qt6.dll).
    mingw_name = {rel: f"{os.path.dirname(rel)}/lib{os.path.basename(rel)}" for rel in required}
    missing = [rel for rel in required + MINGW_RUNTIME if rel not in present and mingw_name.get(rel) not in present]
    if missing:
        fail(f"{stage} lacks files the MSI must install (msi-contents.txt): {missing}")
    return files


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--settings", required=True)
    ap.add_argument("--contents", required=True)
    ap.add_argument("--licenses", required=True)
    ap.add_argument("--license-file", required=True)
    ap.add_argument("--patch", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--scope", default="perMachine")
    ap.add_argument("--files", help="a staged Windows build: the MSI wraps these real files")
    ap.add_argument("--out", help="where the MSI is written (with --files)")
    args = ap.parse_args()

    settings = read_settings(args.settings)
    for key in ("CPACK_PACKAGE_NAME", "CPACK_PACKAGE_VERSION", "CPACK_PACKAGE_VENDOR", "CPACK_WIX_UPGRADE_GUID",
                "CPACK_WIX_PRODUCT_ICON", "CPACK_WIX_PROGRAM_MENU_FOLDER", "CPACK_PACKAGE_INSTALL_DIRECTORY"):
        if not settings.get(key):
            fail(f"{key} is not set for the WIX generator")
    guid = settings["CPACK_WIX_UPGRADE_GUID"]
    if not re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", guid):
        fail(f"CPACK_WIX_UPGRADE_GUID {guid} is not an upper-case GUID")
    if settings.get("CPACK_WIX_INSTALL_SCOPE") != args.scope:
        fail(f"cpack-options.cmake chose scope {settings.get('CPACK_WIX_INSTALL_SCOPE')}, expected {args.scope}")

    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    if args.files:
        os.makedirs(work)
        files = staged_files(args.files, args.contents)
        os.symlink(os.path.abspath(args.files), os.path.join(work, "files"))
    else:
        os.makedirs(os.path.join(work, "files"))
        files = placeholder_files(args.contents, args.licenses, args.license_file, work)
    if len(set(files)) != len(files):
        fail("msi-contents.txt lists a file twice")
    icon = settings["CPACK_WIX_PRODUCT_ICON"]
    if not os.path.isfile(icon):
        fail(f"CPACK_WIX_PRODUCT_ICON {icon} does not exist")
    with open(icon, "rb") as f:
        if f.read(4) != b"\x00\x00\x01\x00":
            fail(f"{icon} is not a Windows icon file")
    shutil.copyfile(icon, os.path.join(work, "ProductIcon.ico"))

    wix = build_source(settings, files, args.scope, work)
    apply_patch(wix, args.patch)
    ET.indent(wix)
    wxs = os.path.join(work, "fladesk.wxs")
    ET.ElementTree(wix).write(wxs, encoding="utf-8", xml_declaration=True)

    msi = os.path.join(work, "fladesk.msi")
    if args.files and not args.out:
        fail("--files needs --out")
    run = subprocess.run(["wixl", "-a", "x64", "-o", "fladesk.msi", "fladesk.wxs"], cwd=work,
                         capture_output=True, text=True)
    problems = []
    for line in (run.stderr + run.stdout).splitlines():
        m = re.search(r"object class '(\w+)' has no property named '(\w+)'", line)
        if m and (m.group(1), m.group(2)) in WIXL_IGNORED:
            continue
        if line.strip():
            problems.append(line.strip())
    if run.returncode != 0 or problems or not os.path.isfile(msi):
        fail("wixl could not build the MSI:\n  " + "\n  ".join(problems or [f"exit status {run.returncode}"]))

    # ---- read the MSI back ----
    props = {r[0]: r[1] for r in msi_table(msi, "Property") if len(r) >= 2}
    expect = {"ProductVersion": settings["CPACK_PACKAGE_VERSION"], "ProductName": settings["CPACK_PACKAGE_NAME"],
              "UpgradeCode": "{" + guid + "}", "ARPPRODUCTICON": "ProductIcon.ico"}
    for k, v in expect.items():
        if props.get(k) != v:
            fail(f"MSI property {k} is {props.get(k)!r}, expected {v!r}")
    if args.scope == "perMachine" and props.get("ALLUSERS") != "1":
        fail("a per-machine MSI must set ALLUSERS=1")
    if args.scope == "perUser" and props.get("ALLUSERS"):
        fail("a per-user MSI must not set ALLUSERS")
    if not any(r and r[0] == "{" + guid + "}" for r in msi_table(msi, "Upgrade")):
        fail("the Upgrade table lacks the upgrade code: newer versions would not replace older ones")
    shortcuts = msi_table(msi, "Shortcut")
    exe_ref = "[#CM_F" + path_to_id("bin/fladesk.exe") + "]"
    if not any(r[1] == "PROGRAM_MENU_FOLDER" and r[4] == exe_ref for r in shortcuts if len(r) > 4):
        fail("no Start-menu shortcut to bin/fladesk.exe")
    registry = msi_table(msi, "Registry")
    assoc = [r for r in registry if len(r) > 4 and r[2] == ".fladeskbackup" and r[3] == ""]
    if not assoc:
        fail("no file association for .fladeskbackup")
    progid = assoc[0][4]
    command = [r for r in registry if len(r) > 4 and r[2] == f"{progid}\\shell\\open\\command"]
    if not command or exe_ref not in command[0][4] or "%1" not in command[0][4]:
        fail(f".fladeskbackup does not open with {exe_ref} \"%1\": {command}")
    installed = {r[2].split("|")[-1] for r in msi_table(msi, "File") if len(r) > 2}
    missing = [f for f in files if os.path.basename(f) not in installed]
    if missing:
        fail(f"files missing from the MSI: {missing}")
    size = os.path.getsize(msi)
    if args.out:
        shutil.copyfile(msi, args.out)
    kind = "MSI of the staged build" if args.files else "MSI built by wixl"
    print(f"check-msi-source: {args.scope} {kind}: {len(files)} files, Start-menu shortcut, "
          f".fladeskbackup -> {progid}, upgrade code {guid}, version {props['ProductVersion']} ({size // 1024} KiB)")


if __name__ == "__main__":
    main()
