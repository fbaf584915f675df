; Chú Giải — Windows installer (Inno Setup 6), per user, no administrator rights.
;
; Build (after `pyinstaller --noconfirm build.spec` made dist\chugiai\):
;   iscc /DAppVersion=0.1.0 packaging\windows\chugiai.iss
;   → dist\chugiai-0.1.0-windows-x64-setup.exe
; The version comes from desktop\__init__.py (CI passes it with /DAppVersion).
;
; IT, silent install for the signed-in user (no UAC prompt, no questions, no reboot):
;   chugiai-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP-
;   → %LOCALAPPDATA%\Programs\ChuGiai\chugiai.exe, Start-menu entry, .chugiai opens with the app
; Check the installation:  "%LOCALAPPDATA%\Programs\ChuGiai\chugiai.exe" --self-test
;   (the build is windowed: the lines go to %LOCALAPPDATA%\ChuGiai\Logs\self-test.txt; the exit
;    code says passed (0) or failed (1) — `start /wait` or PowerShell `Start-Process -Wait -PassThru`)
; Silent uninstall: "%LOCALAPPDATA%\Programs\ChuGiai\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; Machine defaults: put defaults.ini (packaging\defaults.ini.example) beside chugiai.exe, e.g.
;   iscc /DDefaultsIni=C:\it\defaults.ini packaging\windows\chugiai.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Chú Giải"
#define AppExe "chugiai.exe"
#define SourceDir "..\..\dist\chugiai"

[Setup]
; a fixed AppId: upgrades replace the same installation (never change it)
AppId={{6F0C7C1E-3B52-4E7A-9C57-2B7C1A0D5E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Chú Giải
; per-user install: no admin rights, {autopf} → %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\ChuGiai
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=chugiai-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; the installer's own icon (the app's icon is inside chugiai.exe, from build.spec)
SetupIconFile=..\..\resources\icons\chugiai.ico
; tell Explorer that file associations changed
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Vietnamese translation; add an unofficial Vietnamese.isl here if wanted

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef DefaultsIni
Source: "{#DefaultsIni}"; DestDir: "{app}"; DestName: "defaults.ini"; Flags: ignoreversion
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .chugiai → ChuGiai.Bundle, per user (HKA = HKCU in a per-user install); removed on uninstall
Root: HKA; Subkey: "Software\Classes\.chugiai"; ValueType: string; ValueName: ""; ValueData: "ChuGiai.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.chugiai\OpenWithProgids"; ValueType: string; ValueName: "ChuGiai.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ChuGiai.Bundle"; ValueType: string; ValueName: ""; ValueData: "Chú Giải annotation bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ChuGiai.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ChuGiai.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".chugiai"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

