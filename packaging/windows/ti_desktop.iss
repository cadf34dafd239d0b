; Inno Setup 6 script for TI Desktop (Windows 10/11, x64).
;
; Build the bundle first on Windows (pyinstaller ... packaging\ti_desktop.spec, see
; docs\installation.md), then from the repository root:
;     iscc packaging\windows\ti_desktop.iss
; The version comes from ti-desktop.exe (the spec writes pyproject.toml's version into its
; version resource); override it with  iscc /DAppVersion=1.2.3 packaging\windows\ti_desktop.iss
; Output: dist\ti-desktop-<version>-setup.exe
;
; User data is NOT in the program folder and is never removed by the uninstaller:
;   %LOCALAPPDATA%\TerritoiresIndustrie\ti-desktop           databases (territoires.tidb), sauvegardes\, settings
;   %LOCALAPPDATA%\TerritoiresIndustrie\ti-desktop\Logs      log files
; (platformdirs user_data_dir / user_log_dir for "ti-desktop", author "TerritoiresIndustrie").

#define AppName "TI Desktop"
#define AppExeName "ti-desktop.exe"
#define AppPublisher "Territoires d'industrie"
#define BundleDir "..\..\dist\ti-desktop"
#define ProgId "TIDesktop.Database"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + BundleDir + "\" + AppExeName, "ProductVersion")
#endif

[Setup]
; AppId identifies the program for upgrades and uninstall: never change it.
AppId={{F0145D44-F9D5-47C4-891C-DC60FFA717FE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose
; "for all users" in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=ti-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\ti-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: ti-desktop.exe (window), ti-desktop-cli.exe (command line), _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Contrats de Territoire d'industrie et fiches-actions"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; File association: a double-click on a .tidb file runs  ti-desktop.exe "FILE.tidb".
; HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.tidb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tidb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Base TI Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".tidb"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only the files it
; installed, so the databases and backups in %LOCALAPPDATA% stay where they are.
