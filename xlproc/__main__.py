from xlproc.cli import main

main()
