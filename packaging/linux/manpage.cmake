# Writes a man page (section 1) from a program's own --help, so that the page and the program never
# disagree. Run by packaging/CMakeLists.txt at build time:
#   cmake -DPROGRAM=<exe> -DNAME=<name> -DSUMMARY=<one line> -DVERSION=<x.y.z>
#         [-DCOMMANDS=a;b;c] [-DEXTRA=<file with roff sections>] -DOUTPUT=<file.1> -P manpage.cmake
# COMMANDS: subcommands whose "<program> <command> --help" becomes a section each (the CLI's).
cmake_minimum_required(VERSION 3.25)
foreach(var PROGRAM NAME SUMMARY VERSION OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "manpage.cmake: ${var} is not set")
    endif()
endforeach()

# roff: a backslash is written \e; a line starting with . or ' would be read as a request.
function(coap_roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# --help of the window is answered before any display is opened; this is for safety only.
set(ENV{QT_QPA_PLATFORM} offscreen)
function(coap_help out)
    execute_process(COMMAND ${PROGRAM} ${ARGN} --help
        OUTPUT_VARIABLE help ERROR_VARIABLE error RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "manpage.cmake: ${PROGRAM} ${ARGN} --help failed (${rc}): ${error}")
    endif()
    string(STRIP "${help}" help)
    coap_roff_escape("${help}" help)
    set(${out} "${help}" PARENT_SCOPE)
endfunction()

# Honours SOURCE_DATE_EPOCH (reproducible builds: the date of the sources, not of the build).
string(TIMESTAMP date "%Y-%m-%d" UTC)
string(TOUPPER "${NAME}" upper)
coap_roff_escape("${SUMMARY}" summary)
string(REPLACE "-" "\\-" dashed "${NAME}")

set(page ".TH ${upper} 1 \"${date}\" \"${NAME} ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${dashed} \\- ${summary}\n")
coap_help(help)
string(APPEND page ".SH DESCRIPTION\nThe text of\n.B ${dashed} \\-\\-help\\fR:\n.PP\n.nf\n${help}\n.fi\n")
if(COMMANDS)
    string(APPEND page ".SH COMMANDS\n")
    foreach(command ${COMMANDS})
        coap_help(help ${command})
        string(APPEND page ".SS ${command}\n.nf\n${help}\n.fi\n")
    endforeach()
endif()
if(EXTRA)
    file(READ "${EXTRA}" extra)
    string(APPEND page "${extra}")
endif()
file(WRITE "${OUTPUT}.tmp" "${page}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
