; Inno Setup script of Retrofit Planner (Windows installer).
; Built by packaging\windows\build-windows.ps1 on a Windows PC:
;   ISCC.exe /DAppVersion=<version> packaging\windows\retrofit.iss
; Needs Inno Setup 6.4 or newer (its Languages folder has ChineseSimplified.isl).
;
; Per-user install without administrator rights into %LOCALAPPDATA%\Programs\RetrofitPlanner,
; Chinese and English, a Start-menu entry for the windowed RetrofitPlanner.exe, optionally a
; desktop icon and the console retrofit.exe on the user's PATH. The user's data lives in
; %LOCALAPPDATA%\RetrofitPlanner (databases, log, settings): the installer never writes there
; and the uninstaller leaves it in place.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F1D3A52-8C47-4E0B-A9D2-5B7C1E3F9A60}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher=Retrofit Planner
DefaultDirName={autopf}\RetrofitPlanner
DefaultGroupName={cm:AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=RetrofitPlanner-{#AppVersion}-setup
SetupIconFile=..\..\build\retrofit.ico
UninstallDisplayIcon={app}\RetrofitPlanner.exe
UninstallDisplayName={cm:AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh.AppName=既有住宅节能改造规划
en.AppName=Retrofit Planner
zh.AddToPath=将命令行程序 retrofit 加入 PATH（在命令提示符中使用 retrofit 命令）
en.AddToPath=Add the command-line program retrofit to PATH (use the retrofit command in a terminal)
zh.CommandLine=命令行
en.CommandLine=Command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[Files]
Source: "..\..\dist\RetrofitPlanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder (never the user's data folder), so no file of an older
; version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\RetrofitPlanner.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\RetrofitPlanner.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\RetrofitPlanner.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed; the user's databases,
; log and settings in %LOCALAPPDATA%\RetrofitPlanner stay.

[Code]
function NotOnPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure RemoveFromPath(Dir: string);
var
  Path: string;
  P: Integer;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    exit;
  Path := ';' + Path + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Path));
  if P = 0 then
    exit;
  Delete(Path, P, Length(Dir) + 1);
  Path := Copy(Path, 2, Length(Path) - 2);
  RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Path);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
