from delibner.cli import main

main()
