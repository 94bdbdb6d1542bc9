# Build Retrofit Planner for Windows on a Windows 10/11 x64 PC:
# (Saved as UTF-8 with a byte-order mark: Windows PowerShell 5.1 then reads the Chinese test paths right.)
#   dist\retrofit_planner-<version>-py3-none-any.whl   the wheel
#   dist\RetrofitPlanner\                              the one-folder application (PyInstaller):
#       retrofit.exe          console program: the CLI, and the desktop app from a terminal
#       RetrofitPlanner.exe   windowed program: the desktop app (Start menu, desktop icon)
#   dist\RetrofitPlanner-<version>-setup.exe           the installer (Inno Setup), if ISCC.exe is found
#
# Needs: Python 3.11 or newer for Windows x64 (python.org; "py" launcher), and for the
# installer Inno Setup 6.4 or newer (ISCC.exe on the PATH or in its default folder).
# Run from the repository:   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Root = (Get-Location).Path

$Version = (Select-String -Path pyproject.toml -Pattern '^version = "(.*)"$').Matches[0].Groups[1].Value
$Venv = Join-Path $Root "build\venv-windows"
$Python = Join-Path $Venv "Scripts\python.exe"

function Step($Text) { Write-Host "== $Text" }
function Check($What) { if ($LASTEXITCODE -ne 0) { throw "$What failed ($LASTEXITCODE)" } }

Step "build environment ($Venv)"
if (-not (Test-Path $Python)) { py -3 -m venv $Venv; Check "venv" }
& $Python -m pip install -q --upgrade pip; Check "pip"
& $Python -m pip install -q "build>=1.2" "setuptools>=68" wheel; Check "pip install build"

Step "wheel"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue build\lib, build\bdist.win-amd64
& $Python -m build --wheel --no-isolation --outdir dist .; Check "python -m build"
$Wheel = "dist\retrofit_planner-$Version-py3-none-any.whl"
& $Python -m pip install -q --force-reinstall --no-deps $Wheel; Check "pip install wheel"
& $Python -m pip install -q "$Wheel[packaging]"; Check "pip install packaging extra"

Step "icon"
& $Python packaging\icons.py ico build\retrofit.ico; Check "icon"

Step "bundle (PyInstaller)"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue dist\RetrofitPlanner
& (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\retrofit.spec; Check "PyInstaller"

Step "check the bundle"
$Exe = "dist\RetrofitPlanner\retrofit.exe"
$Out = & $Exe --version; Check "retrofit --version"
if ($Out -ne "retrofit $Version") { throw "retrofit --version printed '$Out'" }
$Check = Join-Path $env:TEMP "retrofit check 检查"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Check
New-Item -ItemType Directory -Force $Check | Out-Null
$env:RETROFIT_HOME = Join-Path $Check "数据"
& $Exe estimate packaging\sample-register.csv --json > (Join-Path $Check "estimate.json"); Check "retrofit estimate"
& $Exe --db (Join-Path $Check "示例 城市.sqlite") demo; Check "retrofit demo"
& $Exe --db (Join-Path $Check "示例 城市.sqlite") report --estate-id 1 --estate-id 2 --out (Join-Path $Check "报告"); Check "retrofit report"
& $Exe --db (Join-Path $Check "示例 城市.sqlite") report --all --jobs 2 --kind summary --out (Join-Path $Check "全部"); Check "retrofit report --all (spawn workers)"
$env:RETROFIT_QUIT_AFTER_START = "1"
& $Exe --db (Join-Path $Check "示例 城市.sqlite"); Check "desktop app"
Remove-Item Env:\RETROFIT_QUIT_AFTER_START, Env:\RETROFIT_HOME
$Size = (Get-ChildItem -Recurse dist\RetrofitPlanner | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("bundle: {0:N0} MiB in dist\RetrofitPlanner" -f $Size)

Step "installer (Inno Setup)"
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if ($Iscc) {
    & $Iscc /Q "/DAppVersion=$Version" packaging\windows\retrofit.iss; Check "ISCC"
    Write-Host "dist\RetrofitPlanner-$Version-setup.exe"
} else {
    Write-Warning "Inno Setup (ISCC.exe) not found: the bundle is in dist\RetrofitPlanner, no installer made"
}
