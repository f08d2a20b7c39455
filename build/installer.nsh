; Included by electron-builder's NSIS installer (nsis.include in electron-builder.yml).
; Puts Newsline in Explorer's "Open with" for articles without making it their default program:
; electron-builder's own fileAssociations (used for .newsline) set the default, so articles are registered here,
; through OpenWithProgids and the Applications key, which only add Newsline to the list.
; SHELL_CONTEXT is HKCU for a per-user install, HKLM for a per-machine one.

!define NEWSLINE_ARTICLE_PROGID "Newsline.Article"

!macro newslineOpenWith EXT
  WriteRegStr SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${NEWSLINE_ARTICLE_PROGID}" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro newslineNotOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${NEWSLINE_ARTICLE_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${NEWSLINE_ARTICLE_PROGID}" "" "Article (open in Newsline)"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${NEWSLINE_ARTICLE_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${NEWSLINE_ARTICLE_PROGID}\shell\open" "" "Open with Newsline"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${NEWSLINE_ARTICLE_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}" "FriendlyAppName" "Newsline"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro newslineOpenWith "txt"
  !insertmacro newslineOpenWith "md"
  !insertmacro newslineOpenWith "markdown"
  !insertmacro newslineOpenWith "html"
  !insertmacro newslineOpenWith "htm"
  !insertmacro newslineOpenWith "docx"
  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  !insertmacro newslineNotOpenWith "txt"
  !insertmacro newslineNotOpenWith "md"
  !insertmacro newslineNotOpenWith "markdown"
  !insertmacro newslineNotOpenWith "html"
  !insertmacro newslineNotOpenWith "htm"
  !insertmacro newslineNotOpenWith "docx"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${NEWSLINE_ARTICLE_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
